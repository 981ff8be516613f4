"""Real services that misbehave, for fault tests: a silent TCP listener, a minimal SMTP server that
records what it receives, and a throwaway redis-server that can be stopped."""

import shutil
import socket
import socketserver
import subprocess
import threading
import time
from contextlib import contextmanager


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def geweigerde_poort() -> int:
    """A port on 127.0.0.1 where nothing listens: connecting is refused at once."""
    return vrije_poort()


@contextmanager
def stille_luisteraar():
    """Accepts TCP connections and never says a word (a hung mail server or database)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    verbindingen = []
    gestopt = threading.Event()

    def accepteren():
        server.settimeout(0.2)
        while not gestopt.is_set():
            try:
                verbinding, _ = server.accept()
            except OSError:
                continue
            verbindingen.append(verbinding)

    draad = threading.Thread(target=accepteren, daemon=True)
    draad.start()
    try:
        yield server.getsockname()[1], verbindingen
    finally:
        gestopt.set()
        draad.join()
        for verbinding in verbindingen:
            verbinding.close()
        server.close()


class _SmtpHandler(socketserver.StreamRequestHandler):
    def handle(self):
        smtp = self.server.smtp
        smtp.verbindingen += 1
        if smtp.stil_bij_verbinding.is_set():
            smtp.stil_bereikt.set()
            smtp.los.wait(60)  # the client is killed meanwhile, or we let go
            return
        self.wfile.write(b"220 test ESMTP\r\n")
        van, aan, data = None, [], None
        while True:
            regel = self.rfile.readline()
            if not regel:
                return
            commando = regel.decode("utf-8", "replace").strip()
            upper = commando.upper()
            if upper.startswith(("EHLO", "HELO")):
                self.wfile.write(b"250 test\r\n")
            elif upper.startswith("MAIL FROM"):
                van = commando
                self.wfile.write(b"250 ok\r\n")
            elif upper.startswith("RCPT TO"):
                aan.append(commando)
                self.wfile.write(b"250 ok\r\n")
            elif upper == "DATA":
                self.wfile.write(b"354 go\r\n")
                regels = []
                while (r := self.rfile.readline()) not in (b".\r\n", b""):
                    regels.append(r)
                data = b"".join(regels)
                smtp.berichten.append({"van": van, "aan": aan, "data": data})
                self.wfile.write(b"250 queued\r\n")
            elif upper == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SmtpServer:
    """A real SMTP listener on 127.0.0.1 that stores each message it accepts."""

    def __init__(self):
        self.berichten: list[dict] = []
        self.verbindingen = 0
        self.stil_bij_verbinding = threading.Event()
        self.stil_bereikt = threading.Event()
        self.los = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _SmtpHandler)
        self._server.smtp = self
        self.poort = self._server.server_address[1]
        self._draad = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self):
        self._draad.start()
        return self

    def __exit__(self, *exc):
        self.los.set()
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def eigen_redis():
    """A throwaway redis-server on a free port; yields (url, stop). Never the shared one."""
    uitvoerbaar = shutil.which("redis-server")
    if uitvoerbaar is None:
        raise RuntimeError("redis-server ontbreekt: apt-get install -y redis-server")
    poort = vrije_poort()
    proces = subprocess.Popen(
        [uitvoerbaar, "--port", str(poort), "--save", "", "--appendonly", "no", "--bind", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
    )

    def stop():
        if proces.poll() is None:
            proces.terminate()
            proces.wait(10)

    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", poort), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{poort}/0", stop
    finally:
        stop()


@contextmanager
def celery_naar(broker: str):
    """Send tasks through ``broker`` (not eagerly) for the duration; pools are rebuilt both ways,
    as Celery caches them per broker (the same reset Celery does after a fork)."""
    from visieleren.celery import app

    def pools_weg():
        # Not closed: kombu keeps pools in a global registry per broker URL and would hand the
        # closed pool out again.
        app._pool = None
        if "amqp" in app.__dict__:
            app.amqp._producer_pool = None

    oud = (app.conf.broker_url, app.conf.task_always_eager)
    pools_weg()
    app.conf.broker_url, app.conf.task_always_eager = broker, False
    try:
        yield app
    finally:
        pools_weg()
        app.conf.broker_url, app.conf.task_always_eager = oud
