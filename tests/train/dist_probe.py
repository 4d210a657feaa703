"""Run the lamforge CLI, then record what torch.distributed looked like in this process (for launch tests).

Used as the script of ``accelerate launch``: each rank writes ``$PROBE_DIR/rank<N>.json`` with its
rank, the world size and the process-group backend, so a test can tell a real multi-process run
from N independent single-process runs.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _record() -> None:
    import torch.distributed as dist

    up = dist.is_available() and dist.is_initialized()
    info = {
        "rank": dist.get_rank() if up else 0,
        "world_size": dist.get_world_size() if up else 1,
        "backend": str(dist.get_backend_config()) if up else None,  # e.g. "cpu:gloo"
        "env_rank": os.environ.get("RANK"),
    }
    Path(os.environ["PROBE_DIR"], f"rank{os.environ.get('RANK', '0')}.json").write_text(json.dumps(info))


if __name__ == "__main__":
    from lamforge.cli.main import main

    try:
        sys.argv[0] = "lamforge"
        main()
    finally:
        _record()
