//! The grant flags: `--allow-url PREFIX[=GET,POST]`, `--capability NAME` and
//! `--env NAME=VALUE` (repeatable), gathered into what the `Ctx` gets.
//! Nothing is granted by default; the process's own environment is never
//! passed to the program.

use pyex::io::NetworkGrant;

/// What the command line grants the program.
#[derive(Default)]
pub struct Granted {
    /// `--allow-url`.
    pub network: Vec<NetworkGrant>,
    /// `--capability`.
    pub capabilities: Vec<String>,
    /// `--env`.
    pub env: Vec<(String, String)>,
}

impl Granted {
    /// Takes the value of grant flag `flag` (from `next` when not given as
    /// `--flag=value`); `Ok(false)` when `flag` is not a grant flag.
    pub fn take(
        &mut self,
        flag: &str,
        next: &mut dyn FnMut() -> Option<String>,
    ) -> Result<bool, String> {
        let (name, inline) = match flag.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (flag, None),
        };
        if !matches!(name, "--allow-url" | "--capability" | "--env") {
            return Ok(false);
        }
        let value = inline
            .or_else(next)
            .ok_or_else(|| format!("argument expected for the {name} option"))?;
        match name {
            "--allow-url" => self.network.push(allow_url(&value)),
            "--capability" => self.capabilities.push(value),
            _ => {
                let (key, val) = value
                    .split_once('=')
                    .ok_or_else(|| format!("--env expects NAME=VALUE, got {value:?}"))?;
                self.env.push((key.to_owned(), val.to_owned()));
            }
        }
        Ok(true)
    }

    /// The `Ctx` options with these grants.
    pub fn options(self) -> pyex::Options {
        pyex::Options {
            network: self.network,
            capabilities: self.capabilities,
            env: self.env,
            ..pyex::Options::default()
        }
    }
}

/// `PREFIX[=METHOD,METHOD]`: the methods follow the last `=` when they are
/// all letters (a prefix may itself contain `=`, in a query-less path).
fn allow_url(value: &str) -> NetworkGrant {
    if let Some((prefix, methods)) = value.rsplit_once('=') {
        let methods: Vec<String> = methods.split(',').map(str::to_ascii_uppercase).collect();
        if methods
            .iter()
            .all(|m| !m.is_empty() && m.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            return NetworkGrant {
                methods,
                ..NetworkGrant::new(prefix)
            };
        }
    }
    NetworkGrant::new(value)
}
