"""A minimal SMTP sink for the benchmark: accepts every message, counts messages and recipients per
Message-ID in a JSON file on exit (SIGTERM); OUT.json.count holds the number of messages so far, written as
each one arrives, for a caller waiting for a delivery. With a third argument DIR, each message is also kept
as DIR/N.eml (N from 1, the DATA as received), for a caller that checks what a message holds.
Usage: python3 smtp_sink.py PORT OUT.json [DIR]"""
import asyncio, json, os, re, signal, sys

port, out = int(sys.argv[1]), sys.argv[2]
keep = sys.argv[3] if len(sys.argv) > 3 else None
stats = {"messages": 0, "bytes": 0, "to": {}, "message_ids": 0}
ids = set()

async def session(reader, writer):
    def say(line):
        writer.write((line + "\r\n").encode())
    say("220 sink ESMTP")
    rcpts = []
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line[:4].upper()
        if cmd in (b"EHLO", b"HELO"):
            say("250 sink")
        elif cmd == b"RCPT":
            rcpts.append(line.decode(errors="replace").split(":", 1)[1].strip().strip("<>").lower())
            say("250 ok")
        elif cmd == b"DATA":
            say("354 go")
            await writer.drain()
            data = bytearray()
            while True:
                l = await reader.readline()
                if l in (b".\r\n", b".\n", b""):
                    break
                data += l
            stats["messages"] += 1
            stats["bytes"] += len(data)
            m = re.search(rb"(?im)^message-id:\s*(\S+)", data)
            if m:
                ids.add(m.group(1))
            if keep:
                open(os.path.join(keep, f"{stats['messages']}.eml"), "wb").write(data)
            for r in rcpts:
                stats["to"][r] = stats["to"].get(r, 0) + 1
            open(out + ".count", "w").write(str(stats["messages"]))
            rcpts = []
            say("250 accepted")
        elif cmd == b"QUIT":
            say("221 bye")
            await writer.drain()
            break
        else:
            say("250 ok")
        await writer.drain()
    writer.close()

def dump(*_):
    stats["message_ids"] = len(ids)
    json.dump(stats, open(out, "w"))
    sys.exit(0)

async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, dump)
    async with server:
        await server.serve_forever()

asyncio.run(main())
