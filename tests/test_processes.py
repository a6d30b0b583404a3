"""Process set-up: one native (BLAS) thread per service process."""

import subprocess
import sys


def test_one_native_thread_per_process_limits_blas_pools():
    # in a child process: the limit is process-global and would leak into other tests
    code = (
        "import numpy, threadpoolctl\n"
        "from nlp_service.processes import one_native_thread_per_process\n"
        "one_native_thread_per_process()\n"
        "pools = threadpoolctl.threadpool_info()\n"
        "assert pools and all(p['num_threads'] == 1 for p in pools), pools\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
