#!/usr/bin/env python3
"""Standalone verifier of ClearLedger checkpoints and proofs, written from the specifications.

Needs only the Python standard library and the `cryptography` package (Ed25519). It does not
read any ClearLedger code or ledger: anyone holding a checkpoint, a proof and the ledger's
public key can check them.

  Scripts/verify-proof.py PROOF.json --checkpoint FILE --ledger-key KEY [--event LINE]
                          [--witness KEY ...]

KEY is the C2SP verifier key `NAME+KEYHASH+BASE64(0x01 || public key)`, or a file holding it.
LINE is one line of an `events export` (or a file holding it): its hash is recomputed and must
be the proof's. Exit 0 when the proof holds, 2 when it does not, 1 when an input cannot be read.

What is checked:
- C2SP signed-note (https://c2sp.org/signed-note): the note's text is signed by KEY (the
  signature line whose name and key hash match: key hash = SHA-256(name || 0x0A || 0x01 ||
  public key)[:4]), and the checkpoint (https://c2sp.org/tlog-checkpoint) names KEY's name as
  its origin, then the tree size, then the base64 root hash.
- RFC 9162 section 2.1.3.2 (inclusion) and 2.1.4.2 (consistency), with the RFC 6962 hashes:
  leaf = SHA-256(0x00 || leaf data), node = SHA-256(0x01 || left || right). A ClearLedger leaf
  is an event's hash as 32 bytes.
- C2SP tlog-cosignature/v1: a witness signs "cosignature/v1\\ntime T\\n" + the checkpoint text;
  its line's key hash uses algorithm byte 0x04, and the signature is 8 bytes of time then 64.
"""
import argparse
import base64
import hashlib
import json
import os
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


class Fails(Exception):
    """The proof or checkpoint does not hold."""


def read_arg(value):
    """The text of a file when `value` names one, else `value` itself."""
    if os.path.isfile(value):
        with open(value, encoding="utf-8") as f:
            return f.read()
    return value


def parse_key(text):
    """A verifier key `NAME+HASH+BASE64`: (name, public key bytes)."""
    text = text.strip()
    if text.startswith("{"):  # a ClearLedger key file: only its public key is read
        data = json.loads(text)
        return data["name"], base64.b64decode(data["public_key"])
    name, key_hash, b64 = text.split("+", 2)
    raw = base64.b64decode(b64, validate=True)
    if len(raw) != 33 or raw[0] != 0x01:
        raise ValueError("not an Ed25519 verifier key")
    if note_key_hash(name, 0x01, raw[1:]).hex() != key_hash.lower():
        raise ValueError("the key hash does not match")
    return name, raw[1:]


def note_key_hash(name, algorithm, public_key):
    return hashlib.sha256(name.encode() + b"\n" + bytes([algorithm]) + public_key).digest()[:4]


def parse_note(note):
    """A signed note: (text, [(name, key hash, signature bytes)])."""
    if "\n\n" not in note:
        raise ValueError("no blank line before the signatures")
    text, tail = note.split("\n\n", 1)
    text += "\n"
    signatures = []
    for line in tail.rstrip("\n").split("\n"):
        if not line.startswith("\u2014 "):
            raise ValueError("a signature line must start with an em dash")
        name, b64 = line[2:].split(" ")
        raw = base64.b64decode(b64, validate=True)
        signatures.append((name, raw[:4], raw[4:]))
    return text, signatures


def verifies(public_key, signature, message):
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
        return True
    except InvalidSignature:
        return False


def signed_checkpoint(note, key):
    """The checkpoint (origin, size, root) of a note `key` signed, else Fails."""
    name, public_key = key
    text, signatures = parse_note(note)
    key_hash = note_key_hash(name, 0x01, public_key)
    if not any(n == name and h == key_hash and len(s) == 64 and verifies(public_key, s, text.encode())
               for n, h, s in signatures):
        raise Fails(f"the checkpoint is not signed by the ledger key {name}")
    lines = text.split("\n")
    origin, size, root = lines[0], int(lines[1]), base64.b64decode(lines[2], validate=True)
    if origin != name or str(size) != lines[1] or len(root) != 32:
        raise Fails("the checkpoint does not name the key as its origin, or does not read")
    return origin, size, root


def node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def leaf(data):
    return hashlib.sha256(b"\x00" + data).digest()


def verify_inclusion(index, size, leaf_hash, proof, root):
    """RFC 9162 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(old_size, new_size, old_root, new_root, proof):
    """RFC 9162 2.1.4.2."""
    if old_size > new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof
    if not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


def event_hash(line):
    """(position, hash) of an events-file line, its hash recomputed: SHA-256 over the tag and
    the envelope's fields, each as its UTF-8 length, ':' and its bytes, the payload exactly as
    written; signed or clock-marked events use the v2 tag and add the signer and clock."""
    event = json.loads(line)
    suffix = ',"prev_hash":%s,"hash":%s}' % (json.dumps(event["prev_hash"]), json.dumps(event["hash"]))
    if not line.endswith(suffix):
        raise ValueError("the line is not laid out as an export writes it")
    end = len(line) - len(suffix)
    payload = None
    at = line.find('"payload":')
    while at >= 0:  # the payload's text: the member whose value ends where the suffix starts
        start = at + len('"payload":')
        try:
            value, stop = json.JSONDecoder().raw_decode(line, start)
            if stop == end and value == event["payload"]:
                payload = line[start:end]
                break
        except ValueError:
            pass
        at = line.find('"payload":', at + 1)
    if payload is None:
        raise ValueError("the payload cannot be found as written")
    marked = event.get("signer") is not None or event.get("clock") is not None
    fields = [b"clearledger-event-v2" if marked else b"clearledger-event-v1"]
    fields += [str(event["position"]).encode(), event["stream"].encode(), str(event["version"]).encode(),
               event["type"].encode(), str(event["schema_version"]).encode(), event["effective"].encode(),
               event["recorded"].encode(), event["actor"].encode(), payload.encode(), event["prev_hash"].encode()]
    if marked:
        fields += [(event.get("signer") or "").encode(), (event.get("clock") or "").encode()]
    data = b"".join(str(len(f)).encode() + b":" + f for f in fields)
    digest = hashlib.sha256(data).hexdigest()
    if digest != event["hash"]:
        raise Fails(f"the event's content does not hash to its stated hash (position {event['position']})")
    return event["position"], digest


def cosignatures(note, witnesses):
    """[(name, state)] for each cosignature line; state is 'holds at T', 'unknown key' or 'FAILS'."""
    text, signatures = parse_note(note)
    found = []
    for name, key_hash, sig in signatures:
        if len(sig) != 72:
            continue
        key = next((k for k in witnesses if k[0] == name and note_key_hash(k[0], 0x04, k[1]) == key_hash), None)
        if key is None:
            found.append((name, "unknown key, not checked"))
            continue
        seconds = int.from_bytes(sig[:8], "big")
        message = f"cosignature/v1\ntime {seconds}\n".encode() + text.encode()
        found.append((name, f"holds at {seconds}" if verifies(key[1], sig[8:], message) else "FAILS"))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("proof")
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--ledger-key", required=True)
    parser.add_argument("--event")
    parser.add_argument("--witness", action="append", default=[])
    args = parser.parse_args()
    try:
        key = parse_key(read_arg(args.ledger_key))
        witnesses = [parse_key(read_arg(w)) for w in args.witness]
        with open(args.checkpoint, encoding="utf-8") as f:
            note = f.read()
        with open(args.proof, encoding="utf-8") as f:
            proof = json.load(f)
        if proof.get("format") != "clearledger-proof/v1":
            raise ValueError("not a clearledger-proof/v1 file")
        path = [bytes.fromhex(h) for h in proof["path"]]
        if any(len(h) != 32 for h in path):
            raise ValueError("a path hash is not 32 bytes")
        line = None
        if args.event:
            line = next(l for l in read_arg(args.event).split("\n") if l.strip())
    except (OSError, ValueError, KeyError, StopIteration) as error:
        print(f"verify-proof.py: cannot read the inputs: {error}", file=sys.stderr)
        return 1
    try:
        origin, size, root = signed_checkpoint(note, key)
        if proof["tree_size"] != size:
            raise Fails(f"the proof is for a tree of {proof['tree_size']} events, the checkpoint has {size}")
        if proof["kind"] == "inclusion":
            position = proof["position"]
            if line is not None:
                at, digest = event_hash(line)
                if at != position or digest != proof["event_hash"]:
                    raise Fails(f"the event given is not the one the proof is for (position {position})")
            if not 1 <= position <= size:
                raise Fails(f"position {position} is outside the tree of {size} events")
            if not verify_inclusion(position - 1, size, leaf(bytes.fromhex(proof["event_hash"])), path, root):
                raise Fails("the audit path does not lead to the checkpoint's root")
            print(f"holds: event #{position} is in the tree of {size} events of {origin}")
        elif proof["kind"] == "consistency":
            _, old_size, old_root = signed_checkpoint(proof["old_checkpoint"], key)
            if not verify_consistency(old_size, size, old_root, root, path):
                raise Fails(f"the tree of {size} events does not extend the tree of {old_size}")
            print(f"holds: the tree of {size} events of {origin} extends the one of {old_size}")
        else:
            raise Fails(f"unknown proof kind {proof['kind']}")
        forged = False
        for name, state in cosignatures(note, witnesses):
            print(f"cosigned by {name}: {state}")
            forged = forged or state == "FAILS"
        if forged:
            raise Fails("a witness's cosignature does not hold")
    except Fails as failure:
        print(f"DOES NOT HOLD: {failure}")
        return 2
    except (ValueError, KeyError) as error:
        print(f"DOES NOT HOLD: {error}")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
