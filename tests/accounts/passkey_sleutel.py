"""A software passkey for tests without a browser: it answers the WebAuthn options the server sends
the way an authenticator would (attestation "none", an ES256 key), so the server's full check runs."""

import base64
import hashlib
import json
import os
import struct

import cbor2
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64url_decode(tekst: str) -> bytes:
    return base64.urlsafe_b64decode(tekst + "=" * (-len(tekst) % 4))


class Sleutel:
    def __init__(self, *, origin: str = "http://localhost:8000", rp_id: str = "localhost"):
        self.origin = origin
        self.rp_id = rp_id
        self.prive = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(32)
        self.teller = 0
        self.user_handle = b""

    def _client_data(self, soort: str, challenge: str) -> bytes:
        return json.dumps({"type": soort, "challenge": challenge, "origin": self.origin, "crossOrigin": False}).encode()

    def _auth_data(self, vlaggen: int, extra: bytes = b"") -> bytes:
        self.teller += 1
        return hashlib.sha256(self.rp_id.encode()).digest() + bytes([vlaggen]) + struct.pack(">I", self.teller) + extra

    def registreer(self, opties: dict) -> dict:
        """The response to ``navigator.credentials.create`` for these options."""
        self.user_handle = _b64url_decode(opties["user"]["id"])
        getallen = self.prive.public_key().public_numbers()
        cose = cbor2.dumps({1: 2, 3: -7, -1: 1, -2: getallen.x.to_bytes(32, "big"), -3: getallen.y.to_bytes(32, "big")})
        attested = bytes(16) + struct.pack(">H", len(self.credential_id)) + self.credential_id + cose
        auth_data = self._auth_data(0x45, attested)  # user present, user verified, attested data
        attestation = cbor2.dumps({"fmt": "none", "attStmt": {}, "authData": auth_data})
        return {
            "id": b64url(self.credential_id),
            "rawId": b64url(self.credential_id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "response": {
                "clientDataJSON": b64url(self._client_data("webauthn.create", opties["challenge"])),
                "attestationObject": b64url(attestation),
                "transports": ["internal"],
            },
            "clientExtensionResults": {"credProps": {"rk": True}},
        }

    def onderteken(self, opties: dict) -> dict:
        """The response to ``navigator.credentials.get`` for these options."""
        client_data = self._client_data("webauthn.get", opties["challenge"])
        auth_data = self._auth_data(0x05)  # user present, user verified
        handtekening = self.prive.sign(auth_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256()))
        return {
            "id": b64url(self.credential_id),
            "rawId": b64url(self.credential_id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "response": {
                "clientDataJSON": b64url(client_data),
                "authenticatorData": b64url(auth_data),
                "signature": b64url(handtekening),
                "userHandle": b64url(self.user_handle),
            },
            "clientExtensionResults": {},
        }
