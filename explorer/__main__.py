import sys

from explorer.cli.main import main

try:
    sys.exit(main())
except BrokenPipeError:  # the reader stopped early (| head): not an error
    sys.stderr.close()
    sys.exit(0)
