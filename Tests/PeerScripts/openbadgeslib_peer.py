#!/usr/bin/env python3
"""Cross-checks with openbadgeslib (PyPI, a third-party OB 3.0 implementation), both directions.

usage: openbadgeslib_peer.py verify FILE            verify a Brevet credential (eddsa-rdfc-2022 JSON or a JWT),
                                                    anchored to its issuer's did:key; exit 0 when accepted
       openbadgeslib_peer.py sign ldp|jwt OUT_FILE  sign an OB 3.0 credential with a fresh Ed25519 key whose
                                                    did:key is the issuer; prints nothing, writes OUT_FILE
"""
import json, sys
from datetime import datetime, timezone

def verify(path):
    from openbadgeslib.ob3.ldp import OB3LdpVerifier
    from openbadgeslib.ob3.verifier import OB3Verifier
    text = open(path).read().strip()
    if text.startswith("{"):
        doc = json.loads(text)
        issuer = doc["issuer"]["id"] if isinstance(doc["issuer"], dict) else doc["issuer"]
        OB3LdpVerifier.for_issuer_did(issuer).verify(doc)
    else:
        import base64
        payload = json.loads(base64.urlsafe_b64decode(text.split(".")[1] + "=="))
        OB3Verifier.for_issuer_did(payload["iss"]).verify(text)
    print("accepted by openbadgeslib")

def sign(kind, out):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives import serialization
    from openbadgeslib.ob3.credential import OpenBadgeCredential, Issuer, Achievement
    from openbadgeslib.ob3.ldp import OB3LdpSigner
    from openbadgeslib.ob3.signer import OB3Signer
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    vm = OB3LdpSigner(pem).verification_method
    did = vm.split("#")[0]
    credential = OpenBadgeCredential(
        issuer=Issuer(id=did, name="openbadgeslib issuer", url="https://obl.example.org"),
        recipient_id="did:example:learner-9",
        achievement=Achievement(id="https://obl.example.org/achievements/1", name="Cross-checked",
                                description="Signed by openbadgeslib.", criteria_narrative="Be verified by Brevet."),
        issuance_date=datetime(2025, 1, 1, tzinfo=timezone.utc))
    if kind == "ldp":
        doc = OB3LdpSigner(pem).sign(credential)
        open(out, "w").write(json.dumps(doc))
    else:
        signer = OB3Signer(pem, algorithm="EdDSA")
        open(out, "w").write(signer.sign(credential))

if __name__ == "__main__":
    if sys.argv[1] == "verify":
        try:
            verify(sys.argv[2])
        except Exception as e:
            print("rejected by openbadgeslib: %s: %s" % (type(e).__name__, e))
            sys.exit(1)
    else:
        sign(sys.argv[2], sys.argv[3])
