//! TEMPORARY (io-http before io-core's skeleton): only the HTTP driver.
#[cfg(feature = "io")]
pub mod http;
