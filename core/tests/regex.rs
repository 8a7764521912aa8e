//! `re` at the API boundary: compiled patterns and matches survive a
//! snapshot (their engines are rebuilt from the stored translation on first
//! use after a restore), and the per-process pattern cache is shared by
//! separate contexts without leaking state between them.

use pyex::{Ctx, HostModule, HostValue, Options, Outcome, Program, Reply};

/// A pattern, a match and a parsed template made before a pause are used
/// after the restored run resumes.
#[test]
fn patterns_and_matches_survive_a_snapshot() {
    let source = "import re, host\n\
        p = re.compile(r'(?P<key>\\w+)=(?P<value>\\d+)(?=;|$)', re.I)\n\
        m = p.search('x; Alpha=12;')\n\
        word = re.compile(r'(\\w)\\1')\n\
        print(p.sub(r'\\g<value>:\\1', 'a=1;b=2'))\n\
        reply = host.fetch()\n\
        print(m.group('key'), m.span(), m.lastgroup, repr(p))\n\
        print(p.findall(reply), word.findall('aabbc'), p.sub(r'\\g<value>:\\1', reply))\n";
    let program = Program::compile(source, "main.py").expect("compiles");
    let mut ctx = Ctx::new(Options {
        host_modules: vec![HostModule::new("host", &["fetch"])],
        ..Options::default()
    });
    let outcome = ctx.run(&program).expect("runs");
    assert!(matches!(&outcome, Outcome::HostCall(call) if call.function == "fetch"));
    let bytes = ctx.snapshot();
    let mut restored = Ctx::restore(&bytes).expect("restores");
    let done = restored
        .resume(Reply::Value(HostValue::Str("k=7;zz=42".into())))
        .expect("finishes");
    assert_eq!(done, Outcome::Done(HostValue::None));
    assert_eq!(
        restored.stdout(),
        "1:a;2:b\n\
         Alpha (3, 11) value re.compile('(?P<key>\\\\w+)=(?P<value>\\\\d+)(?=;|$)', re.IGNORECASE)\n\
         [('k', '7'), ('zz', '42')] ['a', 'b'] 7:k;42:zz\n"
    );
}

/// Two contexts compiling the same pattern share the compiled form but not
/// their objects; a bad pattern fails the same way in both.
#[test]
fn contexts_share_the_pattern_cache() {
    let source = "import re\n\
        print(re.findall(r'\\d+', 'a1b22'), re.sub('(a)', r'<\\1>', 'banana'))\n\
        try:\n    re.compile('a(b')\nexcept re.error as e:\n    print(e.msg, e.pos)\n";
    let program = Program::compile(source, "main.py").expect("compiles");
    for _ in 0..2 {
        let mut ctx = Ctx::new(Options::default());
        let outcome = ctx.run(&program).expect("runs");
        assert_eq!(outcome, Outcome::Done(HostValue::None));
        assert_eq!(
            ctx.stdout(),
            "['1', '22'] b<a>n<a>n<a>\nmissing ), unterminated subpattern 1\n"
        );
    }
}
