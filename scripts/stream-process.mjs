// Runs a child process with its output streamed rather than buffered: spawnSync's buffer
// (1 MB by default) made a chatty spec crash `npm test` with ENOBUFS before its summary line.
// Only a bounded tail of each stream is kept, enough for the summary and the self-checks.
import { spawn } from "node:child_process";

/** How much of each stream is kept in memory: the summary and a failure's message fit easily. */
export const KEPT_TAIL = 256 * 1024;

// Keeps the last `limit` characters of what is appended, and whether anything was dropped.
function boundedTail(limit) {
	let text = "";
	let dropped = 0;
	return {
		append(chunk) {
			text += chunk;
			if (text.length > 2 * limit) {
				dropped += text.length - limit;
				text = text.slice(text.length - limit);
			}
		},
		read() {
			if (text.length > limit) {
				dropped += text.length - limit;
				text = text.slice(text.length - limit);
			}
			return dropped > 0 ? `[${dropped} characters of output before this were not kept]\n${text}` : text;
		},
	};
}

// Hands `write` whole lines only, so a line can be held back (the spec runner's own summary).
function lineWriter(write) {
	let partial = "";
	return {
		push(chunk) {
			const lines = (partial + chunk).split("\n");
			partial = lines.pop();
			for (const line of lines) write(line + "\n");
		},
		end() {
			if (partial !== "") write(partial);
			partial = "";
		},
	};
}

/**
 * Runs `command` and resolves to { status, stdout, stderr } (the kept tails). `onStdoutLine` and
 * `onStderr`, when given, see all of the output as it comes.
 */
export function runStreaming(command, args, { cwd, onStdoutLine, onStderr } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
		const stdout = boundedTail(KEPT_TAIL);
		const stderr = boundedTail(KEPT_TAIL);
		const lines = lineWriter((line) => onStdoutLine?.(line));
		child.stdout.setEncoding("utf8");
		child.stderr.setEncoding("utf8");
		child.stdout.on("data", (chunk) => {
			stdout.append(chunk);
			lines.push(chunk);
		});
		child.stderr.on("data", (chunk) => {
			stderr.append(chunk);
			onStderr?.(chunk);
		});
		child.on("error", reject);
		child.on("close", (code) => {
			lines.end();
			resolve({ status: code ?? 1, stdout: stdout.read(), stderr: stderr.read() });
		});
	});
}
