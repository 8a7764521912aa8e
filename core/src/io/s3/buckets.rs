//! The bucket operations: `ListObjectsV2`, `ListObjects`, `CreateBucket`, `DeleteBucket`,
//! `HeadBucket`, `ListBuckets` (body members only, as in `objects.rs`).
//!
//! Like botocore, a listing asks for `EncodingType=url` when the program did not choose an
//! encoding, and decodes the keys of the answer (so keys with any characters survive XML).

use aws_sdk_s3::types::{
    BucketCannedAcl, BucketLocationConstraint, CommonPrefix, CreateBucketConfiguration,
    EncodingType, Object, Owner,
};
use aws_sdk_s3::Client;

use super::params::{text, Fields, Params};
use super::{failure, Failure};
use crate::host::HostValue;

/// Python's `unquote_plus` (`%2F` → `/`, `+` → space), which botocore applies to the keys
/// of a listing it asked to be url-encoded.
fn unquote(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A listed text field, decoded when the listing was url-encoded on our initiative.
fn listed(value: Option<String>, decode: bool) -> Option<String> {
    value.map(|v| if decode { unquote(&v) } else { v })
}

/// An `Owner` structure.
fn owner_fields(owner: &Owner) -> HostValue {
    let mut f = Fields::default();
    f.str("DisplayName", owner.display_name.as_deref());
    f.str("ID", owner.id.as_deref());
    f.into_value()
}

/// One `Contents` item.
fn object_fields(object: Object, decode: bool) -> HostValue {
    let mut f = Fields::default();
    f.str("Key", listed(object.key, decode).as_deref());
    f.time("LastModified", object.last_modified.as_ref());
    f.str("ETag", object.e_tag.as_deref());
    if let Some(algorithms) = &object.checksum_algorithm {
        let names = algorithms
            .iter()
            .map(|a| HostValue::Str(a.as_str().to_owned()))
            .collect();
        f.put("ChecksumAlgorithm", HostValue::List(names));
    }
    f.str(
        "ChecksumType",
        object
            .checksum_type
            .as_ref()
            .map(aws_sdk_s3::types::ChecksumType::as_str),
    );
    f.int("Size", object.size);
    f.str(
        "StorageClass",
        object
            .storage_class
            .as_ref()
            .map(aws_sdk_s3::types::ObjectStorageClass::as_str),
    );
    if let Some(owner) = &object.owner {
        f.put("Owner", owner_fields(owner));
    }
    f.into_value()
}

/// `CommonPrefixes` items.
fn prefixes(items: Vec<CommonPrefix>, decode: bool) -> HostValue {
    HostValue::List(
        items
            .into_iter()
            .map(|c| {
                let mut f = Fields::default();
                f.str("Prefix", listed(c.prefix, decode).as_deref());
                f.into_value()
            })
            .collect(),
    )
}

/// The encoding to ask for: the program's, else `url` (then decoded: the flag).
fn encoding(p: &mut Params<'_>) -> Result<(EncodingType, bool), Failure> {
    Ok(match p.string("EncodingType")? {
        Some(e) => (EncodingType::from(e.as_str()), false),
        None => (EncodingType::Url, true),
    })
}

/// `ListObjectsV2`.
pub(crate) async fn list_objects_v2(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let (encoding_type, auto) = encoding(&mut p)?;
    let request = client
        .list_objects_v2()
        .bucket(p.required("Bucket")?)
        .set_prefix(p.string("Prefix")?)
        .set_delimiter(p.string("Delimiter")?)
        .set_max_keys(p.int("MaxKeys")?)
        .set_continuation_token(p.string("ContinuationToken")?)
        .set_start_after(p.string("StartAfter")?)
        .set_fetch_owner(p.boolean("FetchOwner")?)
        .encoding_type(encoding_type);
    p.finish()?;
    let out = request.send().await.map_err(failure)?;
    let decode = auto && out.encoding_type == Some(EncodingType::Url);
    let mut f = Fields::default();
    f.boolean("IsTruncated", out.is_truncated);
    if let Some(contents) = out.contents {
        let items = contents
            .into_iter()
            .map(|o| object_fields(o, decode))
            .collect();
        f.put("Contents", HostValue::List(items));
    }
    f.str("Name", out.name.as_deref());
    f.str("Prefix", listed(out.prefix, decode).as_deref());
    f.str("Delimiter", listed(out.delimiter, decode).as_deref());
    f.int("MaxKeys", out.max_keys.map(i64::from));
    if let Some(common) = out.common_prefixes {
        f.put("CommonPrefixes", prefixes(common, decode));
    }
    f.str(
        "EncodingType",
        out.encoding_type.as_ref().map(EncodingType::as_str),
    );
    f.int("KeyCount", out.key_count.map(i64::from));
    f.str("ContinuationToken", out.continuation_token.as_deref());
    f.str(
        "NextContinuationToken",
        out.next_continuation_token.as_deref(),
    );
    f.str("StartAfter", listed(out.start_after, decode).as_deref());
    Ok(f)
}

/// `ListObjects` (version 1: `Marker`/`NextMarker`).
pub(crate) async fn list_objects(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let (encoding_type, auto) = encoding(&mut p)?;
    let request = client
        .list_objects()
        .bucket(p.required("Bucket")?)
        .set_prefix(p.string("Prefix")?)
        .set_delimiter(p.string("Delimiter")?)
        .set_max_keys(p.int("MaxKeys")?)
        .set_marker(p.string("Marker")?)
        .encoding_type(encoding_type);
    p.finish()?;
    let out = request.send().await.map_err(failure)?;
    let decode = auto && out.encoding_type == Some(EncodingType::Url);
    let mut f = Fields::default();
    f.boolean("IsTruncated", out.is_truncated);
    f.str("Marker", listed(out.marker, decode).as_deref());
    f.str("NextMarker", listed(out.next_marker, decode).as_deref());
    if let Some(contents) = out.contents {
        let items = contents
            .into_iter()
            .map(|o| object_fields(o, decode))
            .collect();
        f.put("Contents", HostValue::List(items));
    }
    f.str("Name", out.name.as_deref());
    f.str("Prefix", listed(out.prefix, decode).as_deref());
    f.str("Delimiter", listed(out.delimiter, decode).as_deref());
    f.int("MaxKeys", out.max_keys.map(i64::from));
    if let Some(common) = out.common_prefixes {
        f.put("CommonPrefixes", prefixes(common, decode));
    }
    f.str(
        "EncodingType",
        out.encoding_type.as_ref().map(EncodingType::as_str),
    );
    Ok(f)
}

/// `CreateBucket` (its answer is all headers: `Location`).
pub(crate) async fn create_bucket(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let configuration = p.structure("CreateBucketConfiguration")?.map(|c| {
        CreateBucketConfiguration::builder()
            .set_location_constraint(
                text(c, "LocationConstraint").map(BucketLocationConstraint::from),
            )
            .build()
    });
    let request = client
        .create_bucket()
        .bucket(p.required("Bucket")?)
        .set_create_bucket_configuration(configuration)
        .set_acl(p.string("ACL")?.map(|s| BucketCannedAcl::from(s.as_str())));
    p.finish()?;
    request.send().await.map_err(failure)?;
    Ok(Fields::default())
}

/// `DeleteBucket`.
pub(crate) async fn delete_bucket(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client.delete_bucket().bucket(p.required("Bucket")?);
    p.finish()?;
    request.send().await.map_err(failure)?;
    Ok(Fields::default())
}

/// `HeadBucket` (all headers).
pub(crate) async fn head_bucket(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client.head_bucket().bucket(p.required("Bucket")?);
    p.finish()?;
    request.send().await.map_err(failure)?;
    Ok(Fields::default())
}

/// `ListBuckets`.
pub(crate) async fn list_buckets(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client
        .list_buckets()
        .set_max_buckets(p.int("MaxBuckets")?)
        .set_continuation_token(p.string("ContinuationToken")?)
        .set_prefix(p.string("Prefix")?)
        .set_bucket_region(p.string("BucketRegion")?);
    p.finish()?;
    let out = request.send().await.map_err(failure)?;
    let mut f = Fields::default();
    if let Some(buckets) = out.buckets {
        let items = buckets
            .into_iter()
            .map(|b| {
                let mut item = Fields::default();
                item.str("Name", b.name.as_deref());
                item.time("CreationDate", b.creation_date.as_ref());
                item.str("BucketRegion", b.bucket_region.as_deref());
                item.str("BucketArn", b.bucket_arn.as_deref());
                item.into_value()
            })
            .collect();
        f.put("Buckets", HostValue::List(items));
    }
    if let Some(owner) = &out.owner {
        f.put("Owner", owner_fields(owner));
    }
    f.str("ContinuationToken", out.continuation_token.as_deref());
    f.str("Prefix", out.prefix.as_deref());
    Ok(f)
}
