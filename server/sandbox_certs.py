# SPDX-FileCopyrightText: 2026 The Prosody Admin Console developers
# SPDX-License-Identifier: MIT
"""Certificates for sandboxes (server/sandbox.py) and the server tests: of a given validity, for
given names, self-signed or signed by a CA of the test's own (python3-cryptography)."""

import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def make_certificate(base, common_name, valid_from_days, valid_until_days, names, issuer=None, ca=False):
    """A certificate <base>.crt with its key <base>.key, valid from now + valid_from_days until now +
    valid_until_days (either may be negative), for the DNS names given; self-signed, or signed by
    issuer = (certificate path, key path) of a CA; ca: a CA certificate itself.
    -> (certificate path, key path)"""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    issuer_name, signing_key = name, key
    if issuer:
        with open(issuer[0], "rb") as f:
            issuer_name = x509.load_pem_x509_certificate(f.read()).subject
        with open(issuer[1], "rb") as f:
            signing_key = serialization.load_pem_private_key(f.read(), None)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now + datetime.timedelta(days=valid_from_days))
               .not_valid_after(now + datetime.timedelta(days=valid_until_days))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if names:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in names]), critical=False)
    cert = builder.sign(signing_key, hashes.SHA256())
    with open(base + ".key", "wb") as f:
        f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()))
    with open(base + ".crt", "wb") as f:
        f.write(cert.public_bytes(serialization.Encoding.PEM))
    return base + ".crt", base + ".key"
