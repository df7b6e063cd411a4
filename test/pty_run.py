"""Runs a command in a real pseudo-terminal and answers its prompts, like a person at a keyboard.

Usage: python3 pty_run.py '<json>' where json is
  {"argv": [...], "cwd": "...", "env": {...}, "steps": [{"expect": "text", "send": "keys"}], "timeout": 20}
Each step waits until `expect` has appeared in the screen output (ANSI codes removed), then types
`send`. Prints {"code": exit code, "output": everything printed} as JSON.
"""
import json, os, pty, re, select, signal, sys, time

spec = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.chdir(spec["cwd"])
    env = dict(os.environ)
    env.update(spec.get("env", {}))
    os.execvpe(spec["argv"][0], spec["argv"], env)

ansi = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-B]|\x1b[=>]")
output = b""
seen = 0
deadline = time.time() + spec.get("timeout", 20)

def read_some(wait):
    """Reads what is there within `wait` seconds; False once the terminal is closed or silent."""
    global output
    ready, _, _ = select.select([fd], [], [], wait)
    if not ready:
        return False
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    output += chunk
    return True

def screen():
    return ansi.sub("", output.decode("utf-8", "replace"))

failed = None
for step in spec["steps"]:
    while step["expect"] not in screen()[seen:]:
        if time.time() > deadline:
            failed = "timed out waiting for %r" % step["expect"]
            break
        read_some(0.2)
    if failed:
        break
    seen = screen().index(step["expect"], seen) + len(step["expect"])
    time.sleep(0.05)
    os.write(fd, step["send"].encode("utf-8"))

code = None
while True:
    alive = read_some(0.2)
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        while read_some(0.05) and time.time() < deadline:
            pass
        code = os.waitstatus_to_exitcode(status)
        break
    if time.time() > deadline:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        failed = failed or "still running at the deadline"
        break
print(json.dumps({"code": code, "output": screen(), "error": failed}))
