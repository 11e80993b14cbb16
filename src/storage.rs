//! Where uploaded files live: a private folder under the data directory by default, or an
//! S3-compatible object store shared by several instances (`FileStore`); the interface is small
//! on purpose (whole objects by key), so both backends keep the same guarantees.
//!
//! Also the one place that writes the service's own files privately: the data folder is 0700 and
//! every file in it (database, signing secret, photos) 0600, set explicitly rather than left to
//! the umask, because a shared host's other users must not read a password hash or a secret.

use std::{
    io::Write,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use anyhow::Context;
use object_store::{
    aws::{AmazonS3Builder, AmazonS3ConfigKey},
    path::Path as ObjectPath,
    ClientConfigKey, ObjectStore, PutPayload, RetryConfig,
};

/// Creates `dir` (with its parents) if missing and makes it private to this user (0700). An
/// existing folder is tightened too; if that is not allowed (someone else's folder) it says so in
/// the log rather than refusing to start.
pub fn ensure_private_dir(dir: &Path) -> anyhow::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .with_context(|| format!("Failed to create the folder {}", dir.display()))?;
    if let Err(error) = make_private(dir, 0o700) {
        tracing::warn!(path = %dir.display(), %error, "could not make the folder private (0700)");
    }
    Ok(())
}

/// Creates `path` empty if it is missing, then makes it private (0600): a file another program
/// creates in it (SQLite's database; SQLite gives its -wal and -shm files the same mode) is then
/// never readable by others, whatever the umask.
pub fn ensure_private_file(path: &Path) -> anyhow::Result<()> {
    private_options()
        .append(true)
        .create(true)
        .open(path)
        .with_context(|| format!("Failed to create {}", path.display()))?;
    make_private(path, 0o600).with_context(|| format!("Failed to make {} private", path.display()))
}

/// Writes a whole file so that a reader (or a restart after a crash) sees the old contents or the
/// new, never a part: a private temporary file in the same folder, written, flushed to disk, then
/// renamed over `path`, and the folder flushed so the rename itself survives a power cut.
pub fn write_private_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .context("a stored file needs a name")?;
    let temporary = folder.join(format!(".{name}.{}.partial", uuid::Uuid::now_v7().simple()));
    let written = (|| {
        let mut file = private_options()
            .write(true)
            .create_new(true)
            .open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)?;
        #[cfg(unix)]
        std::fs::File::open(folder)?.sync_all()?;
        std::io::Result::Ok(())
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written.with_context(|| format!("Failed to write {}", path.display()))
}

fn private_options() -> std::fs::OpenOptions {
    let mut options = std::fs::OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

#[cfg(unix)]
fn make_private(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if std::fs::metadata(path)?.permissions().mode() & 0o777 != mode {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private(_path: &Path, _mode: u32) -> std::io::Result<()> {
    Ok(())
}

/// Where photos live: a private folder under the data directory (the embedded default), or an
/// S3-compatible bucket (`COMMONGROUND_STORAGE_URL=s3://bucket/prefix`) that every instance of a
/// scaled-out deployment shares, so a photo uploaded through one is served by all.
///
/// Both backends take whole objects only: a reader never sees part of one (the folder renames a
/// finished temporary file into place; an S3 `PUT` is all or nothing).
#[derive(Clone)]
pub struct FileStore {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Folder(PathBuf),
    Object {
        store: Arc<dyn ObjectStore>,
        prefix: ObjectPath,
        /// `s3://bucket/prefix`, for logs and messages (never credentials: those stay in the
        /// `AWS_*` variables the client reads).
        url: String,
    },
}

/// An object store's request gives up after this long (a hung store must not hold an upload's
/// body and its admission place for minutes).
const OBJECT_REQUEST_TIMEOUT: &str = "30s";
const OBJECT_CONNECT_TIMEOUT: &str = "5s";
/// A storage failure is answered 503 within about this long, retries included.
const OBJECT_RETRY_WITHIN: Duration = Duration::from_secs(15);

/// `s3://bucket` or `s3://bucket/some/prefix`, split into the bucket and the prefix.
pub fn parse_storage_url(url: &str) -> anyhow::Result<(String, String)> {
    let rest = url.strip_prefix("s3://").with_context(|| {
        format!("COMMONGROUND_STORAGE_URL must look like s3://bucket/prefix, not {url:?}")
    })?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    anyhow::ensure!(
        !bucket.is_empty()
            && bucket
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
        "COMMONGROUND_STORAGE_URL names no valid bucket: {url:?}"
    );
    let prefix = prefix.trim_matches('/').to_owned();
    // The prefix becomes part of every object's name; refuse one object_store would change.
    ObjectPath::parse(&prefix)
        .with_context(|| format!("COMMONGROUND_STORAGE_URL has an invalid prefix: {url:?}"))?;
    Ok((bucket.to_owned(), prefix))
}

impl FileStore {
    /// The private folder `root` (created 0700 on first write).
    pub fn new(root: PathBuf) -> Self {
        Self {
            backend: Backend::Folder(root),
        }
    }

    /// The S3-compatible bucket named by `url` (`s3://bucket/prefix`); endpoint, region and
    /// credentials come from the usual `AWS_*` variables (`AWS_ENDPOINT_URL`,
    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`, `AWS_ALLOW_HTTP`). Nothing is
    /// contacted here; `check` (used by `/readyz`) does.
    pub fn s3(url: &str) -> anyhow::Result<Self> {
        let (bucket, prefix) = parse_storage_url(url)?;
        let store = AmazonS3Builder::from_env()
            .with_bucket_name(&bucket)
            .with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::Timeout),
                OBJECT_REQUEST_TIMEOUT,
            )
            .with_config(
                AmazonS3ConfigKey::Client(ClientConfigKey::ConnectTimeout),
                OBJECT_CONNECT_TIMEOUT,
            )
            .with_retry(RetryConfig {
                max_retries: 3,
                retry_timeout: OBJECT_RETRY_WITHIN,
                ..RetryConfig::default()
            })
            .build()
            // The builder's errors name settings, never their values.
            .context("Failed to configure the object store")?;
        Ok(Self {
            backend: Backend::Object {
                store: Arc::new(store),
                prefix: ObjectPath::parse(&prefix)?,
                url: format!("s3://{bucket}/{prefix}"),
            },
        })
    }

    /// The configured store: the bucket of `COMMONGROUND_STORAGE_URL`, else `photos/` in the
    /// data folder.
    pub fn from_settings(settings: &crate::config::Settings) -> anyhow::Result<Self> {
        match &settings.storage_url {
            Some(url) => Self::s3(url),
            None => Ok(Self::new(settings.data_dir.join("photos"))),
        }
    }

    /// Where files go, for the log: a folder's path or `s3://bucket/prefix`.
    pub fn describe(&self) -> String {
        match &self.backend {
            Backend::Folder(root) => root.display().to_string(),
            Backend::Object { url, .. } => url.clone(),
        }
    }

    /// True for an object store (shared by instances), false for the local folder.
    pub fn is_shared(&self) -> bool {
        matches!(self.backend, Backend::Object { .. })
    }

    /// Keys are generated by us (uuid + suffix); anything else could leave the folder (or the
    /// prefix), so it is refused the same way on both backends.
    fn check_key(key: &str) -> anyhow::Result<()> {
        anyhow::ensure!(
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                && !key.contains("..")
                && !key.starts_with('.'),
            "invalid storage key"
        );
        Ok(())
    }

    fn path(root: &Path, key: &str) -> anyhow::Result<PathBuf> {
        Self::check_key(key)?;
        Ok(root.join(key))
    }

    fn object(prefix: &ObjectPath, key: &str) -> anyhow::Result<ObjectPath> {
        Self::check_key(key)?;
        Ok(prefix.child(key))
    }

    /// Stores `bytes` under `key` whole: a folder's file is written privately (0600 in a 0700
    /// folder) and atomically; an object is one `PUT`.
    pub async fn put(&self, key: &str, bytes: &[u8]) -> anyhow::Result<()> {
        match &self.backend {
            Backend::Folder(root) => {
                let path = Self::path(root, key)?;
                let root = root.clone();
                let bytes = bytes.to_vec();
                tokio::task::spawn_blocking(move || {
                    ensure_private_dir(&root)?;
                    write_private_atomically(&path, &bytes)
                })
                .await
                .context("Failed to store a file")?
            }
            Backend::Object { store, prefix, .. } => {
                let path = Self::object(prefix, key)?;
                store
                    .put(&path, PutPayload::from(bytes.to_vec()))
                    .await
                    .context("Failed to store an object")?;
                Ok(())
            }
        }
    }

    /// The stored bytes, or `None` when nothing is stored under `key`.
    pub async fn get(&self, key: &str) -> anyhow::Result<Option<Vec<u8>>> {
        match &self.backend {
            Backend::Folder(root) => match tokio::fs::read(Self::path(root, key)?).await {
                Ok(bytes) => Ok(Some(bytes)),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(error).context("Failed to read a stored file"),
            },
            Backend::Object { store, prefix, .. } => {
                let path = Self::object(prefix, key)?;
                let found = match store.get(&path).await {
                    Ok(found) => found,
                    Err(object_store::Error::NotFound { .. }) => return Ok(None),
                    Err(error) => return Err(error).context("Failed to read an object"),
                };
                let bytes = found.bytes().await.context("Failed to read an object")?;
                Ok(Some(bytes.to_vec()))
            }
        }
    }

    /// The size of what is stored under `key`, or `None` when nothing is.
    pub async fn size(&self, key: &str) -> anyhow::Result<Option<u64>> {
        match &self.backend {
            Backend::Folder(root) => match tokio::fs::metadata(Self::path(root, key)?).await {
                Ok(meta) => Ok(Some(meta.len())),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(error) => Err(error).context("Failed to look at a stored file"),
            },
            Backend::Object { store, prefix, .. } => {
                match store.head(&Self::object(prefix, key)?).await {
                    Ok(meta) => Ok(Some(meta.size)),
                    Err(object_store::Error::NotFound { .. }) => Ok(None),
                    Err(error) => Err(error).context("Failed to look at an object"),
                }
            }
        }
    }

    /// Removes what is stored under `key`; nothing stored there is not an error.
    pub async fn delete(&self, key: &str) -> anyhow::Result<()> {
        match &self.backend {
            Backend::Folder(root) => match tokio::fs::remove_file(Self::path(root, key)?).await {
                Ok(()) => Ok(()),
                Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(error) => Err(error).context("Failed to delete a stored file"),
            },
            Backend::Object { store, prefix, .. } => {
                match store.delete(&Self::object(prefix, key)?).await {
                    // S3 answers a delete of a missing key with success; other stores may not.
                    Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                    Err(error) => Err(error).context("Failed to delete an object"),
                }
            }
        }
    }

    /// Whether the store answers (for `/readyz`): an object store is asked about a key that is
    /// never written, which a reachable store with valid credentials answers "not found". The
    /// local folder is always ready (a disk problem shows on the write itself).
    pub async fn check(&self, within: Duration) -> anyhow::Result<()> {
        let Backend::Object { store, prefix, .. } = &self.backend else {
            return Ok(());
        };
        let probe = prefix.child(".readiness-probe");
        match tokio::time::timeout(within, store.head(&probe)).await {
            Ok(Ok(_)) | Ok(Err(object_store::Error::NotFound { .. })) => Ok(()),
            Ok(Err(error)) => Err(error).context("the object store refused a request"),
            Err(_) => anyhow::bail!("the object store did not answer within {within:?}"),
        }
    }
}

/// What `storage migrate` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Migrated {
    /// Files copied into the store.
    pub copied: u64,
    /// Files the store already held with the same size.
    pub skipped: u64,
    /// Files whose names are not photo keys (temporary files of an interrupted write, strays).
    pub ignored: u64,
}

/// Copies every file of the folder `from` into `to` under its own name, skipping those already
/// there with the same size, so running it again (after an interruption, or to catch up with
/// uploads made meanwhile) copies only what is missing. Photos are never rewritten once stored,
/// so an equal size means the same photo.
pub async fn migrate(from: &Path, to: &FileStore) -> anyhow::Result<Migrated> {
    let mut done = Migrated::default();
    let mut entries = tokio::fs::read_dir(from)
        .await
        .with_context(|| format!("Failed to read the folder {}", from.display()))?;
    let mut names = Vec::new();
    while let Some(entry) = entries.next_entry().await? {
        if !entry.file_type().await?.is_file() {
            done.ignored += 1;
            continue;
        }
        match entry.file_name().into_string() {
            Ok(name) if FileStore::check_key(&name).is_ok() => names.push(name),
            _ => done.ignored += 1,
        }
    }
    // A stable order, so an interrupted run and its retry walk the folder the same way.
    names.sort();
    for name in names {
        let path = from.join(&name);
        let bytes = tokio::fs::read(&path)
            .await
            .with_context(|| format!("Failed to read {}", path.display()))?;
        if to.size(&name).await? == Some(bytes.len() as u64) {
            done.skipped += 1;
            continue;
        }
        to.put(&name, &bytes)
            .await
            .with_context(|| format!("Failed to copy {name}"))?;
        done.copied += 1;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn files_round_trip_and_keys_cannot_escape() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path().join("photos"));
        store.put("abc.jpg", b"bytes").await.unwrap();
        assert_eq!(store.get("abc.jpg").await.unwrap().unwrap(), b"bytes");
        store.delete("abc.jpg").await.unwrap();
        assert!(store.get("abc.jpg").await.unwrap().is_none());
        assert!(store.put("../escape", b"x").await.is_err());
        assert!(store.put("a/b", b"x").await.is_err());
        assert!(store.put(".hidden", b"x").await.is_err());
        assert_eq!(store.size("missing.jpg").await.unwrap(), None);
        store.delete("missing.jpg").await.unwrap();
        store.check(Duration::from_secs(1)).await.unwrap();
    }

    #[test]
    fn storage_urls_name_a_bucket_and_an_optional_prefix() {
        assert_eq!(
            parse_storage_url("s3://photos").unwrap(),
            ("photos".into(), "".into())
        );
        assert_eq!(
            parse_storage_url("s3://cg-photos/prod/photos/").unwrap(),
            ("cg-photos".into(), "prod/photos".into())
        );
        for bad in [
            "photos",
            "https://x/y",
            "s3://",
            "s3:///prefix",
            "s3://Bad_Bucket/x",
        ] {
            assert!(parse_storage_url(bad).is_err(), "{bad} must be refused");
        }
    }

    #[tokio::test]
    async fn migrating_a_folder_copies_photos_once_and_ignores_strays() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("old");
        std::fs::create_dir(&from).unwrap();
        std::fs::write(from.join("a.jpg"), b"first").unwrap();
        std::fs::write(from.join("a-thumb.jpg"), b"1").unwrap();
        std::fs::write(from.join(".a.jpg.0123.partial"), b"half").unwrap();
        std::fs::create_dir(from.join("sub")).unwrap();
        let to = FileStore::new(dir.path().join("new"));
        // One already there with the same size (a run interrupted after it), one different.
        to.put("a-thumb.jpg", b"1").await.unwrap();

        let first = migrate(&from, &to).await.unwrap();
        assert_eq!(
            first,
            Migrated {
                copied: 1,
                skipped: 1,
                ignored: 2
            }
        );
        assert_eq!(to.get("a.jpg").await.unwrap().unwrap(), b"first");
        let again = migrate(&from, &to).await.unwrap();
        assert_eq!((again.copied, again.skipped), (0, 2));
        assert!(to.get(".a.jpg.0123.partial").await.is_err());
    }

    #[test]
    fn atomic_writes_replace_the_whole_file_and_leave_no_temporary_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        write_private_atomically(&path, b"first, longer contents").unwrap();
        write_private_atomically(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
