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
