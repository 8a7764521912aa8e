fn main() {
    let src = std::env::args().nth(1).unwrap().replace("\\n", "\n");
    match pyex::parse_module(&src) {
        Ok(m) => println!("{:#?}", m.body),
        Err(e) => println!("ERR {e:?}"),
    }
}
