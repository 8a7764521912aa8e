//! The filesystem a program sees: one [`FileSystem`] trait that `open()`,
//! imports (and later `os`, `pathlib`, `shutil`, `glob`) go through, and the
//! implementations a host can pick ([`Fs`]).
//!
//! Paths are the program's strings; each implementation normalises them
//! ([`normalize`]: `.`/`..`/`//` resolved, relative to the root, which is also
//! the working directory). Errors are [`FsError`]s: a kind that maps to the
//! `OSError` subclass CPython raises, with CPython's `[Errno N] ...` text
//! (the path in the message is the one the program gave, see [`FsError::to_run_error`]).
//!
//! Source code layout:
//! - `mod.rs`: the trait, errors, path normalisation, the [`Fs`] choice.
//! - `memory.rs`: [`MemoryFs`], a serialisable map that travels in snapshots.
//! - `local.rs`: [`LocalFs`], a host directory with every path confined to it.
//! - `s3.rs`: [`S3Fs`], a bucket and prefix reached through I/O pauses (its module docs
//!   explain why it sits beside the trait rather than behind it).

mod local;
mod memory;
pub(crate) mod s3;

use serde::{Deserialize, Serialize};

pub use local::LocalFs;
pub use memory::MemoryFs;
pub use s3::S3Fs;

use crate::exc::{ExcKind, RunError};

/// Why a filesystem operation failed (each maps to one `OSError` subclass).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsErrorKind {
    /// `FileNotFoundError`, errno 2.
    NotFound,
    /// `FileExistsError`, errno 17.
    Exists,
    /// `IsADirectoryError`, errno 21.
    IsADirectory,
    /// `NotADirectoryError`, errno 20.
    NotADirectory,
    /// `OSError`, errno 39 (`rmdir` of a non-empty directory).
    DirectoryNotEmpty,
    /// `PermissionError`, errno 13 (read-only filesystem, a path escaping a root).
    PermissionDenied,
    /// `OSError`, errno 36 (a path or a name in it too long).
    NameTooLong,
}

/// A failed filesystem operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FsError {
    /// What went wrong.
    pub kind: FsErrorKind,
}

/// The result of a filesystem operation.
pub type FsResult<T> = Result<T, FsError>;

impl FsError {
    /// An error of `kind`.
    pub fn new(kind: FsErrorKind) -> FsError {
        FsError { kind }
    }

    /// CPython's errno and `strerror` for this error.
    fn errno(self) -> (u32, &'static str) {
        match self.kind {
            FsErrorKind::NotFound => (2, "No such file or directory"),
            FsErrorKind::Exists => (17, "File exists"),
            FsErrorKind::IsADirectory => (21, "Is a directory"),
            FsErrorKind::NotADirectory => (20, "Not a directory"),
            FsErrorKind::DirectoryNotEmpty => (39, "Directory not empty"),
            FsErrorKind::PermissionDenied => (13, "Permission denied"),
            FsErrorKind::NameTooLong => (36, "File name too long"),
        }
    }

    /// The exception class CPython raises.
    fn exc_kind(self) -> ExcKind {
        match self.kind {
            FsErrorKind::NotFound => ExcKind::FileNotFoundError,
            FsErrorKind::Exists => ExcKind::FileExistsError,
            FsErrorKind::IsADirectory => ExcKind::IsADirectoryError,
            FsErrorKind::NotADirectory => ExcKind::NotADirectoryError,
            FsErrorKind::DirectoryNotEmpty | FsErrorKind::NameTooLong => ExcKind::OSError,
            FsErrorKind::PermissionDenied => ExcKind::PermissionError,
        }
    }

    /// The Python exception for an operation on `path` (the program's spelling):
    /// `FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'`.
    pub(crate) fn to_run_error(self, path: &str) -> RunError {
        self.os_error(path, None)
    }

    /// The `OSError` subclass with `errno`, `strerror`, `filename` (and
    /// `filename2`) set, as CPython's failed system calls make it.
    fn os_error(self, path: &str, path2: Option<&str>) -> RunError {
        let (errno, strerror) = self.errno();
        RunError::New(Box::new(crate::exc::NewException {
            kind: self.exc_kind(),
            args: crate::exc::NewArgs::Os {
                errno,
                strerror: strerror.into(),
                filename: path.to_owned(),
                filename2: path2.map(str::to_owned),
            },
        }))
    }

    /// The Python exception for a two-path operation (`rename`): `... 'a' -> 'b'`.
    pub(crate) fn to_run_error2(self, from: &str, to: &str) -> RunError {
        self.os_error(from, Some(to))
    }
}

/// What `stat` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metadata {
    /// Size in bytes (0 for a directory).
    pub size: u64,
    /// A directory rather than a file.
    pub is_dir: bool,
    /// Last modification, seconds since the epoch (0 where the filesystem keeps no time).
    pub mtime: u64,
}

/// The operations a filesystem offers the interpreter.
///
/// Paths are as the program wrote them; implementations normalise them
/// (and a confined one rejects escapes with `PermissionDenied`).
pub trait FileSystem {
    /// The whole content of a file.
    fn read(&self, path: &str) -> FsResult<Vec<u8>>;
    /// Creates or truncates a file with `data` (its directory must exist).
    fn write(&mut self, path: &str, data: &[u8]) -> FsResult<()>;
    /// Appends `data` to a file, creating it if missing.
    fn append(&mut self, path: &str, data: &[u8]) -> FsResult<()>;
    /// Whether a file or directory exists at `path`.
    fn exists(&self, path: &str) -> bool;
    /// Whether `path` is a directory.
    fn is_dir(&self, path: &str) -> bool;
    /// Whether `path` is a file.
    fn is_file(&self, path: &str) -> bool {
        self.exists(path) && !self.is_dir(path)
    }
    /// The names in a directory, sorted.
    fn list_dir(&self, path: &str) -> FsResult<Vec<String>>;
    /// Creates a directory (its parent must exist).
    fn mkdir(&mut self, path: &str) -> FsResult<()>;
    /// Removes a file.
    fn remove(&mut self, path: &str) -> FsResult<()>;
    /// Removes an empty directory.
    fn rmdir(&mut self, path: &str) -> FsResult<()>;
    /// Moves a file or directory (replacing a file at `to`).
    fn rename(&mut self, from: &str, to: &str) -> FsResult<()>;
    /// Size and kind of what is at `path`.
    fn stat(&self, path: &str) -> FsResult<Metadata>;
    /// Bytes of all file content (what a filesystem-size limit counts).
    fn total_bytes(&self) -> usize;
}

/// The filesystem of a `Ctx`, chosen by the host in `Options::fs`.
///
/// An enum rather than a boxed trait object so that it serialises with the
/// rest of the state (a snapshot carries the in-memory files).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Fs {
    /// Files kept in memory (the default: empty).
    Memory(MemoryFs),
    /// A host directory, every path confined to it.
    Local(LocalFs),
    /// No filesystem at all: every access is a `PermissionError`.
    Denied,
    /// An S3 bucket and prefix: `open()` and `os` reach it through I/O pauses (`s3.rs`);
    /// the trait view is empty (nothing to import, nothing to count).
    S3(S3Fs),
}

impl Default for Fs {
    fn default() -> Fs {
        Fs::Memory(MemoryFs::default())
    }
}

impl Fs {
    /// Whether no path exists in it (an empty memory filesystem, or S3 and
    /// denied, whose trait view is empty): import probes can be skipped.
    pub(crate) fn has_no_paths(&self) -> bool {
        match self {
            Fs::Memory(m) => m.is_empty(),
            Fs::Local(_) => false,
            Fs::Denied | Fs::S3(_) => true,
        }
    }

    /// An in-memory filesystem holding `files` (`(path, content)`).
    pub fn memory<P: AsRef<str>, C: AsRef<[u8]>>(files: impl IntoIterator<Item = (P, C)>) -> Fs {
        let mut fs = MemoryFs::default();
        for (path, content) in files {
            fs.insert(path.as_ref(), content.as_ref());
        }
        Fs::Memory(fs)
    }

    /// A filesystem showing the host directory `root` (see [`LocalFs`]).
    pub fn local(root: impl AsRef<std::path::Path>) -> std::io::Result<Fs> {
        LocalFs::new(root).map(Fs::Local)
    }

    /// The memory filesystem, for reading files back after a run.
    pub fn as_memory(&self) -> Option<&MemoryFs> {
        match self {
            Fs::Memory(m) => Some(m),
            Fs::Local(_) | Fs::Denied | Fs::S3(_) => None,
        }
    }
}

fn denied<T>() -> FsResult<T> {
    Err(FsError::new(FsErrorKind::PermissionDenied))
}

impl FileSystem for Fs {
    fn read(&self, path: &str) -> FsResult<Vec<u8>> {
        match self {
            Fs::Memory(m) => m.read(path),
            Fs::Local(l) => l.read(path),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn write(&mut self, path: &str, data: &[u8]) -> FsResult<()> {
        match self {
            Fs::Memory(m) => m.write(path, data),
            Fs::Local(l) => l.write(path, data),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn append(&mut self, path: &str, data: &[u8]) -> FsResult<()> {
        match self {
            Fs::Memory(m) => m.append(path, data),
            Fs::Local(l) => l.append(path, data),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn exists(&self, path: &str) -> bool {
        match self {
            Fs::Memory(m) => m.exists(path),
            Fs::Local(l) => l.exists(path),
            Fs::Denied | Fs::S3(_) => false,
        }
    }
    fn is_dir(&self, path: &str) -> bool {
        match self {
            Fs::Memory(m) => m.is_dir(path),
            Fs::Local(l) => l.is_dir(path),
            Fs::Denied | Fs::S3(_) => false,
        }
    }
    fn list_dir(&self, path: &str) -> FsResult<Vec<String>> {
        match self {
            Fs::Memory(m) => m.list_dir(path),
            Fs::Local(l) => l.list_dir(path),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn mkdir(&mut self, path: &str) -> FsResult<()> {
        match self {
            Fs::Memory(m) => m.mkdir(path),
            Fs::Local(l) => l.mkdir(path),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn remove(&mut self, path: &str) -> FsResult<()> {
        match self {
            Fs::Memory(m) => m.remove(path),
            Fs::Local(l) => l.remove(path),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn rmdir(&mut self, path: &str) -> FsResult<()> {
        match self {
            Fs::Memory(m) => m.rmdir(path),
            Fs::Local(l) => l.rmdir(path),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn rename(&mut self, from: &str, to: &str) -> FsResult<()> {
        match self {
            Fs::Memory(m) => m.rename(from, to),
            Fs::Local(l) => l.rename(from, to),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn stat(&self, path: &str) -> FsResult<Metadata> {
        match self {
            Fs::Memory(m) => m.stat(path),
            Fs::Local(l) => l.stat(path),
            Fs::Denied | Fs::S3(_) => denied(),
        }
    }
    fn total_bytes(&self) -> usize {
        match self {
            Fs::Memory(m) => m.total_bytes(),
            Fs::Local(l) => l.total_bytes(),
            Fs::Denied | Fs::S3(_) => 0,
        }
    }
}

/// `path` as components from the root: `./a//b/../c` → `["a", "c"]`.
/// Absolute and relative paths both start at the root (the working directory
/// is the root); `..` never climbs above it.
pub fn normalize(path: &str) -> Vec<&str> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts
}

/// The normalised key of `path` (components joined by `/`, `""` for the root).
pub fn normalize_key(path: &str) -> String {
    normalize(path).join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_paths() {
        assert_eq!(normalize_key("./a//b/../c"), "a/c");
        assert_eq!(normalize_key("/x/y"), "x/y");
        assert_eq!(normalize_key("../../x"), "x");
        assert_eq!(normalize_key("."), "");
    }

    #[test]
    fn errors_read_like_cpython() {
        let e = FsError::new(FsErrorKind::NotFound).to_run_error("x.txt");
        let RunError::New(e) = e else {
            return;
        };
        assert_eq!(e.kind, ExcKind::FileNotFoundError);
        assert!(
            matches!(&e.args, crate::exc::NewArgs::Os { errno: 2, filename, .. }
            if filename == "x.txt")
        );
    }
}
