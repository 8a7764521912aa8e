"""pyex.bench: the side-by-side benchmark runner, on two of the shipped programs."""

import pathlib

import pyex.bench as bench

BENCH = pathlib.Path(__file__).resolve().parents[1] / "bench"


def test_bench_prints_a_row_per_program_and_the_geomean(capsys):
    paths = [str(BENCH / "fib.py"), str(BENCH / "word_count.py")]
    status = bench.main(["--rounds", "1"] + paths)
    out = capsys.readouterr().out
    assert status == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("times in ms, median of 1 round")
    header = lines[1]
    for column in ("program", "cpython warm", "cpython cold", "pyex warm", "pyex cold",
                   "pyex/cpy warm", "pyex/cpy cold"):
        assert column in header
    rows = {line.split()[0]: line.split() for line in lines[3:] if line and not line.startswith("-")}
    assert set(rows) == {"fib", "word_count", "geomean"}
    for name, cells in rows.items():
        times = [float(cell) for cell in cells[1:5]]
        assert all(t > 0 for t in times), (name, cells)
        assert cells[5].endswith("x") and cells[6].endswith("x"), (name, cells)
    assert lines[-1].startswith("geomean")


def test_the_shipped_bench_directory_has_the_programs():
    names = {path.stem for path in BENCH.glob("*.py")}
    assert len(names) >= 12
    assert {"fizzbuzz", "algorithms", "fib", "nbody", "spectral_norm", "richards", "nqueens",
            "mandelbrot", "json_roundtrip", "regex", "string_building", "word_count",
            "generators", "simulation"} <= names


def test_a_program_pyex_prints_differently_is_flagged(tmp_path, capsys):
    odd = tmp_path / "odd.py"
    odd.write_text("print(hex(id(None)))\n")  # addresses differ between the two
    status = bench.main(["--rounds", "1", str(odd)])
    out = capsys.readouterr().out
    assert status == 1
    assert "odd !" in out and "left out of the geomean: odd" in out
