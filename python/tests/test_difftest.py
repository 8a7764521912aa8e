"""pyex.difftest: the CPython-vs-pyex harness, and the conformance corpus through it."""

import pathlib

import pyex.difftest as difftest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = ROOT / "conformance" / "cases"
KNOWN = ROOT / "conformance" / "known_failures.txt"
# Areas recorded with third-party packages (jinja2, markdown, pydantic) from a pinned virtualenv
# (conformance/record): the python3 running the tests does not have those versions, so it is not
# their oracle. The conformance runner checks them against their recorded outputs.
PACKAGE_AREAS = {"jinja2", "markdown", "pydantic"}


def test_harness_reports_a_difference(tmp_path, capsys):
    same = tmp_path / "same.py"
    same.write_text("print(sum(range(10)))\n")
    differs = tmp_path / "differs.py"
    differs.write_text("print(hex(id(None)))\n")  # addresses differ between the two
    status = difftest.main([str(same), str(differs)])
    out = capsys.readouterr().out
    assert status == 1
    assert out.endswith("1 passed, 1 failed\n")
    assert "(CPython)" in out and "(pyex)" in out


def test_conformance_cases_match_cpython_except_known_failures():
    known = {
        line.split(":", 1)[0]
        for line in KNOWN.read_text().splitlines()
        if line.startswith("cases/")
    }
    failing = set()
    areas = [CASES / d.name for d in sorted(CASES.iterdir()) if d.name not in PACKAGE_AREAS]
    for path in difftest.programs([str(a) for a in areas]):
        if difftest.compare(path):
            failing.add(str(pathlib.Path(path).relative_to(ROOT / "conformance")))
    assert failing <= known, sorted(failing - known)


def test_a_recorded_outcome_counts_as_cpythons(tmp_path):
    program = tmp_path / "addresses.py"
    program.write_text("print(hex(id(None)))\n")  # differs from CPython's on every run
    assert difftest.compare(str(program))
    (tmp_path / "addresses.out").write_text(difftest.run_pyex(str(program), program.read_text()).stdout)
    assert difftest.compare(str(program)) == ""
    (tmp_path / "addresses.code").write_text("1\n")  # recorded with another exit status
    assert difftest.compare(str(program))
