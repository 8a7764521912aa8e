//! [`LocalFs`]: a host directory the program sees as its whole filesystem.
//!
//! Every path is confined to the root: it is resolved lexically first
//! (`.`/`..`/`//`; a `..` that would climb above the root is a
//! `PermissionError`, an absolute path starts at the root, as in a chroot),
//! then the deepest existing part is resolved by the OS (symlinks followed)
//! and must still lie inside the root (`PermissionError` otherwise). A
//! symlink that points outside, dangling or not, is never followed. NUL bytes
//! are a `PermissionError`, over-long names CPython's
//! `OSError: [Errno 36] File name too long`.
//!
//! Known gap: a symlink created *by another process* between the check and
//! the use (a race) is not guarded against; hard links made by the host are.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{FileSystem, FsError, FsErrorKind, FsResult, Metadata};

/// The longest path component a program may use (bytes, as on Linux).
const MAX_NAME: usize = 255;
/// The longest path a program may use (bytes, as on Linux).
const MAX_PATH: usize = 4096;

/// A filesystem rooted at a host directory (its canonical path).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalFs {
    root: PathBuf,
}

fn err<T>(kind: FsErrorKind) -> FsResult<T> {
    Err(FsError::new(kind))
}

/// The `FsError` for a failed host operation.
fn from_io(error: &std::io::Error) -> FsError {
    use std::io::ErrorKind;
    let kind = match (error.kind(), error.raw_os_error()) {
        (ErrorKind::NotFound, _) => FsErrorKind::NotFound,
        (ErrorKind::AlreadyExists, _) => FsErrorKind::Exists,
        (_, Some(21)) => FsErrorKind::IsADirectory,
        (_, Some(20)) => FsErrorKind::NotADirectory,
        (_, Some(39)) => FsErrorKind::DirectoryNotEmpty,
        (_, Some(36)) => FsErrorKind::NameTooLong,
        _ => FsErrorKind::PermissionDenied,
    };
    FsError::new(kind)
}

impl LocalFs {
    /// A filesystem showing the directory `root` (which must exist).
    pub fn new(root: impl AsRef<Path>) -> std::io::Result<LocalFs> {
        let root = std::fs::canonicalize(root)?;
        if !root.is_dir() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotADirectory,
                "the root of a local filesystem must be a directory",
            ));
        }
        Ok(LocalFs { root })
    }

    /// The host directory behind the filesystem.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The host path for the program's `path`, confined to the root.
    pub fn resolve(&self, path: &str) -> FsResult<PathBuf> {
        if path.contains('\0') {
            return err(FsErrorKind::PermissionDenied);
        }
        if path.len() > MAX_PATH {
            return err(FsErrorKind::NameTooLong);
        }
        let mut parts: Vec<&str> = Vec::new();
        for part in path.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return err(FsErrorKind::PermissionDenied);
                    }
                }
                name if name.len() > MAX_NAME => return err(FsErrorKind::NameTooLong),
                name => parts.push(name),
            }
        }
        let mut host = self.root.clone();
        host.extend(&parts);
        self.confine(&host)?;
        Ok(host)
    }

    /// Checks that `host` (lexically inside the root) stays inside once the
    /// OS resolves its symlinks: the deepest existing ancestor is
    /// canonicalised; a symlink that cannot be resolved is refused.
    fn confine(&self, host: &Path) -> FsResult<()> {
        let mut probe = host;
        loop {
            match std::fs::canonicalize(probe) {
                Ok(real) if real.starts_with(&self.root) => return Ok(()),
                Ok(_) => return err(FsErrorKind::PermissionDenied),
                Err(_) => {
                    // A dangling symlink (its target may be outside) is never followed.
                    if std::fs::symlink_metadata(probe).is_ok() {
                        return err(FsErrorKind::PermissionDenied);
                    }
                    match probe.parent() {
                        Some(parent) if parent.starts_with(&self.root) => probe = parent,
                        _ => return err(FsErrorKind::PermissionDenied),
                    }
                }
            }
        }
    }

    /// Bytes of all files below `dir` (symlinks not followed).
    fn bytes_below(dir: &Path) -> usize {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return 0;
        };
        entries
            .flatten()
            .map(|entry| match entry.file_type() {
                Ok(t) if t.is_dir() => LocalFs::bytes_below(&entry.path()),
                Ok(t) if t.is_file() => entry
                    .metadata()
                    .map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX)),
                _ => 0,
            })
            .fold(0, usize::saturating_add)
    }
}

impl FileSystem for LocalFs {
    fn read(&self, path: &str) -> FsResult<Vec<u8>> {
        let host = self.resolve(path)?;
        if host.is_dir() {
            return err(FsErrorKind::IsADirectory);
        }
        std::fs::read(host).map_err(|e| from_io(&e))
    }

    fn write(&mut self, path: &str, data: &[u8]) -> FsResult<()> {
        std::fs::write(self.resolve(path)?, data).map_err(|e| from_io(&e))
    }

    fn append(&mut self, path: &str, data: &[u8]) -> FsResult<()> {
        use std::io::Write;
        let host = self.resolve(path)?;
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(host)
            .map_err(|e| from_io(&e))?;
        file.write_all(data).map_err(|e| from_io(&e))
    }

    fn exists(&self, path: &str) -> bool {
        self.resolve(path).is_ok_and(|host| host.exists())
    }

    fn is_dir(&self, path: &str) -> bool {
        self.resolve(path).is_ok_and(|host| host.is_dir())
    }

    fn list_dir(&self, path: &str) -> FsResult<Vec<String>> {
        let host = self.resolve(path)?;
        let entries = std::fs::read_dir(host).map_err(|e| from_io(&e))?;
        let mut names: Vec<String> = entries
            .flatten()
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect();
        names.sort();
        Ok(names)
    }

    fn mkdir(&mut self, path: &str) -> FsResult<()> {
        std::fs::create_dir(self.resolve(path)?).map_err(|e| from_io(&e))
    }

    fn remove(&mut self, path: &str) -> FsResult<()> {
        let host = self.resolve(path)?;
        if host.is_dir() {
            return err(FsErrorKind::IsADirectory);
        }
        std::fs::remove_file(host).map_err(|e| from_io(&e))
    }

    fn rmdir(&mut self, path: &str) -> FsResult<()> {
        let host = self.resolve(path)?;
        if host == self.root {
            return err(FsErrorKind::PermissionDenied);
        }
        std::fs::remove_dir(host).map_err(|e| from_io(&e))
    }

    fn rename(&mut self, from: &str, to: &str) -> FsResult<()> {
        let (from, to) = (self.resolve(from)?, self.resolve(to)?);
        if from == self.root || to == self.root {
            return err(FsErrorKind::PermissionDenied);
        }
        std::fs::rename(from, to).map_err(|e| from_io(&e))
    }

    fn stat(&self, path: &str) -> FsResult<Metadata> {
        let meta = std::fs::metadata(self.resolve(path)?).map_err(|e| from_io(&e))?;
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs());
        Ok(Metadata {
            size: if meta.is_dir() { 0 } else { meta.len() },
            is_dir: meta.is_dir(),
            mtime,
        })
    }

    fn total_bytes(&self) -> usize {
        LocalFs::bytes_below(&self.root)
    }
}
