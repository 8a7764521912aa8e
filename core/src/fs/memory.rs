//! [`MemoryFs`]: files in a sorted map, serialisable so that a snapshot
//! carries them. Directories exist explicitly (`mkdir`) or implicitly (a
//! file below them exists).

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{normalize_key, FileSystem, FsError, FsErrorKind, FsResult, Metadata};

/// An in-memory filesystem: normalised path → content, plus explicit directories.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemoryFs {
    files: BTreeMap<String, Vec<u8>>,
    dirs: BTreeSet<String>,
}

fn err<T>(kind: FsErrorKind) -> FsResult<T> {
    Err(FsError::new(kind))
}

/// The parent key of `key` (`""` for a top-level name).
fn parent(key: &str) -> &str {
    key.rfind('/').map_or("", |i| &key[..i])
}

impl MemoryFs {
    /// Whether it holds no file and no directory (nothing can shadow an import).
    pub(crate) fn is_empty(&self) -> bool {
        self.files.is_empty() && self.dirs.is_empty()
    }

    /// Adds (or replaces) a file, creating its directories: how a host seeds the filesystem.
    pub fn insert(&mut self, path: &str, content: &[u8]) {
        let key = normalize_key(path);
        self.files.insert(key, content.to_vec());
    }

    /// A file's content, by the path the program used (for hosts reading results).
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(&normalize_key(path)).map(Vec::as_slice)
    }

    /// Every file as `(normalised path, content)`, sorted by path.
    pub fn files(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    /// Total bytes of file content (for a filesystem-size limit).
    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    fn key_is_dir(&self, key: &str) -> bool {
        if key.is_empty() || self.dirs.contains(key) {
            return true;
        }
        if self.is_empty() {
            // Nothing below any key (an import's shadowing probe of a fresh Ctx).
            return false;
        }
        let prefix = format!("{key}/");
        let below = |set: &mut dyn Iterator<Item = &String>| {
            set.next().is_some_and(|k| k.starts_with(&prefix))
        };
        below(&mut self.files.range(prefix.clone()..).map(|(k, _)| k))
            || below(&mut self.dirs.range(prefix.clone()..))
    }

    /// Checks that the directory holding `key` exists (and is not a file).
    fn check_parent(&self, key: &str) -> FsResult<()> {
        let mut dir = parent(key);
        loop {
            if self.files.contains_key(dir) {
                return err(FsErrorKind::NotADirectory);
            }
            if dir.is_empty() {
                break;
            }
            dir = parent(dir);
        }
        if self.key_is_dir(parent(key)) {
            Ok(())
        } else {
            err(FsErrorKind::NotFound)
        }
    }

    /// The key of a path that names a new or existing file (not a directory).
    fn file_key(&self, path: &str) -> FsResult<String> {
        let key = normalize_key(path);
        if self.key_is_dir(&key) {
            return err(FsErrorKind::IsADirectory);
        }
        self.check_parent(&key)?;
        Ok(key)
    }
}

impl FileSystem for MemoryFs {
    fn read(&self, path: &str) -> FsResult<Vec<u8>> {
        let key = normalize_key(path);
        if let Some(content) = self.files.get(&key) {
            return Ok(content.clone());
        }
        if self.key_is_dir(&key) {
            return err(FsErrorKind::IsADirectory);
        }
        self.check_parent(&key)?;
        err(FsErrorKind::NotFound)
    }

    fn write(&mut self, path: &str, data: &[u8]) -> FsResult<()> {
        let key = self.file_key(path)?;
        self.files.insert(key, data.to_vec());
        Ok(())
    }

    fn append(&mut self, path: &str, data: &[u8]) -> FsResult<()> {
        let key = self.file_key(path)?;
        self.files.entry(key).or_default().extend_from_slice(data);
        Ok(())
    }

    fn exists(&self, path: &str) -> bool {
        let key = normalize_key(path);
        self.files.contains_key(&key) || self.key_is_dir(&key)
    }

    fn is_dir(&self, path: &str) -> bool {
        self.key_is_dir(&normalize_key(path))
    }

    fn list_dir(&self, path: &str) -> FsResult<Vec<String>> {
        let key = normalize_key(path);
        if self.files.contains_key(&key) {
            return err(FsErrorKind::NotADirectory);
        }
        if !self.key_is_dir(&key) {
            return err(FsErrorKind::NotFound);
        }
        let prefix = if key.is_empty() {
            String::new()
        } else {
            format!("{key}/")
        };
        let mut names = BTreeSet::new();
        let all = self.files.keys().chain(self.dirs.iter());
        for k in all {
            if let Some(rest) = k.strip_prefix(&prefix) {
                if let Some(first) = rest.split('/').next().filter(|f| !f.is_empty()) {
                    names.insert(first.to_owned());
                }
            }
        }
        Ok(names.into_iter().collect())
    }

    fn mkdir(&mut self, path: &str) -> FsResult<()> {
        let key = normalize_key(path);
        if self.files.contains_key(&key) || self.key_is_dir(&key) {
            return err(FsErrorKind::Exists);
        }
        self.check_parent(&key)?;
        self.dirs.insert(key);
        Ok(())
    }

    fn remove(&mut self, path: &str) -> FsResult<()> {
        let key = normalize_key(path);
        if self.files.remove(&key).is_some() {
            // Removing the last file keeps its directory, as on disk.
            let dir = parent(&key);
            if !dir.is_empty() && !self.key_is_dir(dir) {
                self.dirs.insert(dir.to_owned());
            }
            return Ok(());
        }
        if self.key_is_dir(&key) {
            return err(FsErrorKind::IsADirectory);
        }
        err(FsErrorKind::NotFound)
    }

    fn rmdir(&mut self, path: &str) -> FsResult<()> {
        let key = normalize_key(path);
        if self.files.contains_key(&key) {
            return err(FsErrorKind::NotADirectory);
        }
        if !self.key_is_dir(&key) {
            return err(FsErrorKind::NotFound);
        }
        if !self.list_dir(path)?.is_empty() {
            return err(FsErrorKind::DirectoryNotEmpty);
        }
        self.dirs.remove(&key);
        Ok(())
    }

    fn rename(&mut self, from: &str, to: &str) -> FsResult<()> {
        let (from_key, to_key) = (normalize_key(from), normalize_key(to));
        if let Some(content) = self.files.get(&from_key).cloned() {
            let to_key = self.file_key(to)?;
            self.files.remove(&from_key);
            self.files.insert(to_key, content);
            return Ok(());
        }
        if !self.key_is_dir(&from_key) || from_key.is_empty() {
            return err(FsErrorKind::NotFound);
        }
        if self.exists(to) {
            return err(FsErrorKind::Exists);
        }
        self.check_parent(&to_key)?;
        let prefix = format!("{from_key}/");
        let moved = |k: &String| {
            k.strip_prefix(&prefix)
                .map(|rest| format!("{to_key}/{rest}"))
        };
        self.files = std::mem::take(&mut self.files)
            .into_iter()
            .map(|(k, v)| (moved(&k).unwrap_or(k), v))
            .collect();
        self.dirs = std::mem::take(&mut self.dirs)
            .into_iter()
            .map(|k| {
                if k == from_key {
                    to_key.clone()
                } else {
                    moved(&k).unwrap_or(k)
                }
            })
            .collect();
        self.dirs.insert(to_key);
        Ok(())
    }

    fn total_bytes(&self) -> usize {
        MemoryFs::total_bytes(self)
    }

    fn stat(&self, path: &str) -> FsResult<Metadata> {
        let key = normalize_key(path);
        if let Some(content) = self.files.get(&key) {
            return Ok(Metadata {
                size: content.len() as u64,
                is_dir: false,
                mtime: 0,
            });
        }
        if self.key_is_dir(&key) {
            return Ok(Metadata {
                size: 0,
                is_dir: true,
                mtime: 0,
            });
        }
        err(FsErrorKind::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind<T: std::fmt::Debug>(r: FsResult<T>) -> Option<FsErrorKind> {
        r.err().map(|e| e.kind)
    }

    #[test]
    fn files_and_implied_directories() {
        let mut fs = MemoryFs::default();
        fs.insert("pkg/sub/mod.py", b"x = 1");
        assert!(fs.is_dir("pkg") && fs.is_dir("./pkg/sub") && fs.is_file("pkg/sub/mod.py"));
        assert_eq!(fs.list_dir("pkg").ok(), Some(vec!["sub".to_owned()]));
        assert_eq!(fs.list_dir(".").ok(), Some(vec!["pkg".to_owned()]));
        assert_eq!(kind(fs.read("pkg")), Some(FsErrorKind::IsADirectory));
        assert_eq!(kind(fs.read("nope.txt")), Some(FsErrorKind::NotFound));
        assert_eq!(
            kind(fs.write("missing/x.txt", b"")),
            Some(FsErrorKind::NotFound)
        );
        assert_eq!(
            kind(fs.write("pkg/sub/mod.py/x", b"")),
            Some(FsErrorKind::NotADirectory)
        );
    }

    #[test]
    fn write_append_rename_remove() {
        let mut fs = MemoryFs::default();
        assert!(fs.write("a.txt", b"one").is_ok());
        assert!(fs.append("a.txt", b"two").is_ok());
        assert_eq!(fs.read("a.txt").ok(), Some(b"onetwo".to_vec()));
        assert!(fs.mkdir("d").is_ok());
        assert_eq!(kind(fs.mkdir("d")), Some(FsErrorKind::Exists));
        assert!(fs.rename("a.txt", "d/b.txt").is_ok());
        assert!(!fs.exists("a.txt"));
        assert_eq!(kind(fs.rmdir("d")), Some(FsErrorKind::DirectoryNotEmpty));
        assert!(fs.remove("d/b.txt").is_ok());
        assert!(fs.is_dir("d"));
        assert!(fs.rename("d", "e").is_ok());
        assert!(fs.rmdir("e").is_ok());
        assert!(!fs.exists("e"));
    }
}
