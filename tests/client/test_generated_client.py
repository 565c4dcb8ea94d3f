"""The spec generates a clean TypeScript client: openapi-typescript's types of
openapi/openapi.json compile a strict consumer of every operation (consumer.ts), and a spec
that breaks a promise the consumer relies on fails to compile."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
SPEC = HERE.parent.parent / "openapi" / "openapi.json"
GENERATED = HERE / "generated" / "schema.d.ts"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=HERE, capture_output=True, text=True, timeout=600)


def _compiles(spec: Path) -> subprocess.CompletedProcess[str]:
    generated = _run("npx", "--no-install", "openapi-typescript", str(spec), "-o", str(GENERATED))
    assert generated.returncode == 0, generated.stderr
    return _run("npx", "--no-install", "tsc", "-p", "tsconfig.json")


def test_the_generated_client_compiles_a_strict_consumer_of_every_operation(
    tmp_path: Path,
) -> None:
    assert shutil.which("npm"), "Node.js 20+ with npm is needed to check the generated client"
    installed = HERE / "node_modules" / ".package-lock.json"
    lock = HERE / "package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        ci = _run("npm", "ci", "--no-audit", "--no-fund")
        assert ci.returncode == 0, ci.stderr
    compiled = _compiles(SPEC)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr

    # The check can fail: a feed cursor that may be null breaks the consumer.
    spec = json.loads(SPEC.read_text())
    cursor = spec["components"]["schemas"]["StatusChangeFeed"]["properties"]["nextCursor"]
    cursor["type"] = ["string", "null"]
    broken = tmp_path / "openapi.json"
    broken.write_text(json.dumps(spec))
    try:
        failed = _compiles(broken)
        assert failed.returncode != 0
        assert "consumer.ts" in failed.stdout, failed.stdout
    finally:
        _compiles(SPEC)
