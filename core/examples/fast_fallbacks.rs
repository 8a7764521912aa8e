//! Lists on stderr the files (arguments) the fast parser leaves to the pest parser
//! although pest parses them: `cargo run --example fast_fallbacks -- FILE...`.

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        let fast = pyex::syntax::parse_module_fast(&source);
        let reference = pyex::syntax::parse_module_reference(&source);
        match (fast, reference) {
            (None, Ok(_)) => eprintln!("fallback: {path}"),
            (Some(f), Ok(r)) if f != r => eprintln!("differs: {path}"),
            (Some(_), Err(_)) => eprintln!("accepts invalid: {path}"),
            _ => {}
        }
    }
}
