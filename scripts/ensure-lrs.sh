#!/bin/sh
# The LMS tests' LRS (tests/lrs) is a test tool with dependencies of its own, installed apart
# from the product's: once, when tests/lrs/node_modules is missing.
set -eu
cd "$(dirname "$0")/../tests/lrs"
if [ ! -d node_modules/@learninglocker/xapi-statements ]; then
	echo "ensure-lrs: installing the test LRS in tests/lrs..." >&2
	npm ci --no-audit --no-fund --loglevel=error >&2
fi
