// The six-digit RFC 6238 code an authenticator app shows now for a base32 key:
//   node bench/totp.mjs KEY
// The bench signs in the demo's staff accounts with it (`gnlc seed-demo` prints the key).
import { createHmac } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const bits = [...process.argv[2].toUpperCase()].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
const counter = Buffer.alloc(8);
counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000)));
const mac = createHmac('sha1', key).update(counter).digest();
const value = mac.readUInt32BE(mac[mac.length - 1] & 15) & 0x7fffffff;
console.log(String(value % 1_000_000).padStart(6, '0'));
