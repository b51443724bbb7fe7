"""Starting and stopping the packaged service for the reliability scripts (python3 standard library only).

The service runs as a child process in its own session, on a free loopback port, with its working directory in a
temp dir, a fresh API key generated here (only its SHA-256 reaches the service, as in production), the rate
limiter raised out of the way, and its log in the temp dir (printed if something goes wrong).
"""
import hashlib
import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def new_api_key(name):
    """A random editor key and the UNREF_API_KEYS entry that configures it (name:role:sha256-hex)."""
    key = secrets.token_urlsafe(32)
    return key, f"{name}:editor:{hashlib.sha256(key.encode()).hexdigest()}"


class App:
    def __init__(self, app_dir, work_dir, db_url, api_keys_entry, extra_env=None, java_opts=()):
        """db_url None: the service's default, an H2 file database under ./data of work_dir (what ships)."""
        self.jar = os.path.abspath(os.path.join(app_dir, "quarkus-run.jar"))
        if not os.path.isfile(self.jar):
            raise SystemExit(f"no packaged service at {self.jar}: build it first")
        self.work_dir = work_dir
        self.port = free_port()
        self.env = dict(os.environ)
        self.env.update({
            "QUARKUS_HTTP_PORT": str(self.port),
            "QUARKUS_HTTP_HOST": "127.0.0.1",
            "UNREF_API_KEYS": api_keys_entry,
            # The scripts measure the service, not the limiter: one client makes thousands of requests a minute.
            "UNREF_RATE_LIMIT_REQUESTS": "1000000000",
            "UNREF_LOG_JSON": "false",
            # The first start loads the seed in one transaction per file; on a machine shared with other builds it
            # can outlast the default 60 s transaction timeout, and the reaper then aborts the start. These checks
            # are about writes and load, not about how busy the build machine is.
            "QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT": "600s",
            # Likewise the first connection after a kill -9: H2 recovers its file first, which on a busy machine
            # took longer than the pool's default 5 s wait, and the start failed.
            "QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT": "120s",
        })
        if db_url is None:
            for name in ("UNREF_DB_URL", "UNREF_DB_KIND", "UNREF_DB_USER", "UNREF_DB_PASSWORD"):
                self.env.pop(name, None)
        else:
            self.env["UNREF_DB_URL"] = db_url
        self.env.update(extra_env or {})
        self.java_opts = list(java_opts)
        self.proc = None
        self.log_path = os.path.join(work_dir, "service.log")
        self.starts = 0

    def start(self, timeout=420):
        self.starts += 1
        log = open(self.log_path, "a")
        log.write(f"\n===== start {self.starts} =====\n")
        log.flush()
        self.proc = subprocess.Popen(["java", *self.java_opts, "-jar", self.jar], cwd=self.work_dir, env=self.env,
                                     stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        log.close()
        began = time.monotonic()
        while time.monotonic() - began < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the service exited with {self.proc.returncode} while starting; log:\n{self.tail()}")
            try:
                status, _, _ = self.request("GET", "/q/health/ready", timeout=5)
                if status == 200:
                    return time.monotonic() - began
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"the service was not ready after {timeout} s; log:\n{self.tail()}")

    def kill9(self):
        """SIGKILL to the JVM: no shutdown hook, no flush, no orderly close of the database."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill9()

    def tail(self, lines=60):
        try:
            with open(self.log_path, errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return "(no log)"

    def log_lines(self, word):
        """The service log's lines that contain word, across every start."""
        try:
            with open(self.log_path, errors="replace") as f:
                return [line for line in f if word in line]
        except OSError:
            return []

    def request(self, method, path, body=None, headers=None, timeout=30):
        """One request on a new connection: (status, headers as a lower-cased dict, body bytes)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            data = None if body is None else json.dumps(body).encode("utf-8")
            hdrs = dict(headers or {})
            if data is not None:
                hdrs["Content-Type"] = "application/json"
            conn.request(method, path, body=data, headers=hdrs)
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()
