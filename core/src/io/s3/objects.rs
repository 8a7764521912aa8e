//! The object operations: `PutObject`, `GetObject`, `HeadObject`, `DeleteObject`,
//! `DeleteObjects`, `CopyObject`. Each reads boto3's parameters and returns the members S3 sends in the
//! response *body* (header members are read from the captured headers by the Python side,
//! as botocore does).

use std::fmt::Write as _;

use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::types::{
    ChecksumAlgorithm, ChecksumMode, Delete, MetadataDirective, ObjectCannedAcl, ObjectIdentifier,
    ServerSideEncryption, StorageClass,
};
use aws_sdk_s3::Client;

use super::params::{dict_entries, field, text, BadRequest, Fields, Params};
use super::{failure, Failure};
use crate::host::HostValue;

/// `PutObject`: the body and the object's stored headers.
pub(crate) async fn put_object(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let body = p.bytes("Body")?.unwrap_or_default();
    let content_type = p.string("ContentType")?;
    let typed = content_type.is_some();
    let request = client
        .put_object()
        .bucket(p.required("Bucket")?)
        .key(p.required("Key")?)
        .body(ByteStream::from(body))
        .set_content_type(content_type)
        .set_content_encoding(p.string("ContentEncoding")?)
        .set_content_disposition(p.string("ContentDisposition")?)
        .set_content_language(p.string("ContentLanguage")?)
        .set_cache_control(p.string("CacheControl")?)
        .set_content_md5(p.string("ContentMD5")?)
        .set_metadata(p.map("Metadata")?)
        .set_tagging(p.string("Tagging")?)
        .set_if_match(p.string("IfMatch")?)
        .set_if_none_match(p.string("IfNoneMatch")?)
        .set_expires(p.timestamp("Expires")?)
        .set_website_redirect_location(p.string("WebsiteRedirectLocation")?)
        .set_storage_class(
            p.string("StorageClass")?
                .map(|s| StorageClass::from(s.as_str())),
        )
        .set_acl(p.string("ACL")?.map(|s| ObjectCannedAcl::from(s.as_str())))
        .set_server_side_encryption(
            p.string("ServerSideEncryption")?
                .map(|s| ServerSideEncryption::from(s.as_str())),
        )
        .set_checksum_algorithm(
            p.string("ChecksumAlgorithm")?
                .map(|s| ChecksumAlgorithm::from(s.as_str())),
        );
    p.finish()?;
    // The SDK labels an untyped body `application/octet-stream`; boto3 sends no type
    // (S3 then stores none), and the program sees that difference in head_object.
    request
        .customize()
        .mutate_request(move |req| {
            if !typed {
                req.headers_mut().remove("content-type");
            }
        })
        .send()
        .await
        .map_err(failure)?;
    Ok(Fields::default())
}

/// `GetObject`: the body (whole; the Python side wraps it in a `StreamingBody`).
pub(crate) async fn get_object(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client
        .get_object()
        .bucket(p.required("Bucket")?)
        .key(p.required("Key")?)
        .set_range(p.string("Range")?)
        .set_if_match(p.string("IfMatch")?)
        .set_if_none_match(p.string("IfNoneMatch")?)
        .set_if_modified_since(p.timestamp("IfModifiedSince")?)
        .set_if_unmodified_since(p.timestamp("IfUnmodifiedSince")?)
        .set_version_id(p.string("VersionId")?)
        .set_part_number(p.int("PartNumber")?)
        .set_response_content_type(p.string("ResponseContentType")?)
        .set_response_content_disposition(p.string("ResponseContentDisposition")?)
        .set_response_content_encoding(p.string("ResponseContentEncoding")?)
        .set_response_content_language(p.string("ResponseContentLanguage")?)
        .set_response_cache_control(p.string("ResponseCacheControl")?)
        .set_checksum_mode(
            p.string("ChecksumMode")?
                .map(|s| ChecksumMode::from(s.as_str())),
        );
    p.finish()?;
    let output = request.send().await.map_err(failure)?;
    let body = output
        .body
        .collect()
        .await
        .map_err(|e| Failure::Transport("closed", e.to_string()))?;
    let mut fields = Fields::default();
    fields.put("Body", HostValue::Bytes(body.into_bytes().to_vec()));
    Ok(fields)
}

/// `HeadObject`: everything it says is in headers.
pub(crate) async fn head_object(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client
        .head_object()
        .bucket(p.required("Bucket")?)
        .key(p.required("Key")?)
        .set_range(p.string("Range")?)
        .set_if_match(p.string("IfMatch")?)
        .set_if_none_match(p.string("IfNoneMatch")?)
        .set_if_modified_since(p.timestamp("IfModifiedSince")?)
        .set_if_unmodified_since(p.timestamp("IfUnmodifiedSince")?)
        .set_version_id(p.string("VersionId")?)
        .set_part_number(p.int("PartNumber")?)
        .set_checksum_mode(
            p.string("ChecksumMode")?
                .map(|s| ChecksumMode::from(s.as_str())),
        );
    p.finish()?;
    request.send().await.map_err(failure)?;
    Ok(Fields::default())
}

/// `DeleteObject`.
pub(crate) async fn delete_object(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client
        .delete_object()
        .bucket(p.required("Bucket")?)
        .key(p.required("Key")?)
        .set_version_id(p.string("VersionId")?)
        .set_if_match(p.string("IfMatch")?);
    p.finish()?;
    request.send().await.map_err(failure)?;
    Ok(Fields::default())
}

/// The `Delete` parameter of `DeleteObjects`: `{"Objects": [{"Key": ...}], "Quiet": bool}`.
fn delete_spec(value: &HostValue) -> Result<Delete, BadRequest> {
    let mut objects = Vec::new();
    if let Some(HostValue::List(items) | HostValue::Tuple(items)) = field(value, "Objects") {
        for item in items {
            let key = text(item, "Key")
                .ok_or_else(|| BadRequest::invalid("Delete.Objects items need a Key"))?;
            let identifier = ObjectIdentifier::builder()
                .key(key)
                .set_version_id(text(item, "VersionId").map(str::to_owned))
                .set_e_tag(text(item, "ETag").map(str::to_owned))
                .build()
                .map_err(|e| BadRequest::invalid(e.to_string()))?;
            objects.push(identifier);
        }
    }
    let quiet = matches!(field(value, "Quiet"), Some(HostValue::Bool(true)));
    let known = ["Objects", "Quiet"];
    for (k, _) in dict_entries(value).unwrap_or_default() {
        if !matches!(k, HostValue::Str(s) if known.contains(&s.as_str())) {
            return Err(BadRequest::invalid("Delete takes Objects and Quiet"));
        }
    }
    Delete::builder()
        .set_objects(Some(objects))
        .quiet(quiet)
        .build()
        .map_err(|e| BadRequest::invalid(e.to_string()))
}

/// `DeleteObjects`: `Deleted` and `Errors` from the body.
pub(crate) async fn delete_objects(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let bucket = p.required("Bucket")?;
    let spec = p
        .structure("Delete")?
        .ok_or_else(|| BadRequest::invalid("DeleteObjects needs Delete"))?;
    let request = client
        .delete_objects()
        .bucket(bucket)
        .delete(delete_spec(spec)?)
        .set_checksum_algorithm(
            p.string("ChecksumAlgorithm")?
                .map(|s| ChecksumAlgorithm::from(s.as_str())),
        );
    p.finish()?;
    let output = request.send().await.map_err(failure)?;
    let mut fields = Fields::default();
    if let Some(deleted) = output.deleted {
        let items = deleted
            .into_iter()
            .map(|d| {
                let mut f = Fields::default();
                f.str("Key", d.key.as_deref());
                f.str("VersionId", d.version_id.as_deref());
                f.boolean("DeleteMarker", d.delete_marker);
                f.str(
                    "DeleteMarkerVersionId",
                    d.delete_marker_version_id.as_deref(),
                );
                f.into_value()
            })
            .collect();
        fields.put("Deleted", HostValue::List(items));
    }
    if let Some(errors) = output.errors {
        let items = errors
            .into_iter()
            .map(|e| {
                let mut f = Fields::default();
                f.str("Key", e.key.as_deref());
                f.str("VersionId", e.version_id.as_deref());
                f.str("Code", e.code.as_deref());
                f.str("Message", e.message.as_deref());
                f.into_value()
            })
            .collect();
        fields.put("Errors", HostValue::List(items));
    }
    Ok(fields)
}

/// botocore's quoting of `CopySource` (`bucket/key`, percent-encoded except `-._~/`; a
/// `?versionId=` suffix kept as is).
fn quote_copy_source(source: &str) -> String {
    let (path, version) = match source.rfind("?versionId=") {
        Some(i) => (&source[..i], &source[i..]),
        None => (source, ""),
    };
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out + version
}

/// `CopyObject`: `CopyObjectResult` from the body.
pub(crate) async fn copy_object(client: &Client, mut p: Params<'_>) -> Result<Fields, Failure> {
    let request = client
        .copy_object()
        .bucket(p.required("Bucket")?)
        .key(p.required("Key")?)
        .copy_source(quote_copy_source(&p.required("CopySource")?))
        .set_metadata_directive(
            p.string("MetadataDirective")?
                .map(|s| MetadataDirective::from(s.as_str())),
        )
        .set_metadata(p.map("Metadata")?)
        .set_content_type(p.string("ContentType")?)
        .set_content_encoding(p.string("ContentEncoding")?)
        .set_content_disposition(p.string("ContentDisposition")?)
        .set_cache_control(p.string("CacheControl")?)
        .set_copy_source_if_match(p.string("CopySourceIfMatch")?)
        .set_copy_source_if_none_match(p.string("CopySourceIfNoneMatch")?)
        .set_storage_class(
            p.string("StorageClass")?
                .map(|s| StorageClass::from(s.as_str())),
        )
        .set_acl(p.string("ACL")?.map(|s| ObjectCannedAcl::from(s.as_str())));
    p.finish()?;
    let output = request.send().await.map_err(failure)?;
    let mut fields = Fields::default();
    if let Some(result) = output.copy_object_result {
        let mut f = Fields::default();
        f.str("ETag", result.e_tag.as_deref());
        f.time("LastModified", result.last_modified.as_ref());
        f.str(
            "ChecksumType",
            result
                .checksum_type
                .as_ref()
                .map(aws_sdk_s3::types::ChecksumType::as_str),
        );
        f.str("ChecksumCRC32", result.checksum_crc32.as_deref());
        f.str("ChecksumCRC32C", result.checksum_crc32_c.as_deref());
        f.str("ChecksumCRC64NVME", result.checksum_crc64_nvme.as_deref());
        f.str("ChecksumSHA1", result.checksum_sha1.as_deref());
        f.str("ChecksumSHA256", result.checksum_sha256.as_deref());
        fields.put("CopyObjectResult", f.into_value());
    }
    Ok(fields)
}
