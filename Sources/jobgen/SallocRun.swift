import Dispatch
import Foundation
import Synchronization

/// One run of the real `salloc` for `jobgen try`: passes salloc's and the script's output on as
/// they come, watches salloc's messages for the job id and the grant, gives up on a request not
/// granted in time, and releases the allocation when jobgen is interrupted.
struct SallocRun {
    /// salloc's arguments (options, then the command it runs).
    let arguments: [String]
    /// How long to wait for the allocation, in seconds.
    let waitFor: Int

    /// What salloc has said so far, and what jobgen did about it.
    private struct State {
        var jobID: String?
        var granted = false
        var timedOut = false
        var interrupted = false
        var finished = false
        var line = Data()
    }

    /// The state, shared by the threads that read salloc's messages, the timer and the signals.
    private final class Shared: Sendable {
        private let state = Mutex(State())
        func withLock<R>(_ body: (inout State) -> R) -> R { state.withLock { body(&$0) } }
    }

    /// Runs salloc and returns the exit code jobgen should end with: the script's own.
    func run() throws -> Int32 {
        guard let salloc = SbatchSubmission.executable(named: "salloc") else {
            throw Failure(
                message: "salloc was not found on PATH; jobgen try needs Slurm's client commands "
                    + "(Debian: apt-get install slurm-client); 'jobgen try --dry-run' prints the command to run elsewhere",
                code: 69)
        }
        // salloc must see the signals it is sent (SIGHUP withdraws or releases the allocation),
        // and Process hands it this thread's mask, which a parent may have left blocking them.
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: salloc)
        process.arguments = arguments
        let messages = Pipe()
        process.standardError = messages
        do { try process.run() } catch {
            throw Failure.internalError("could not start \(salloc): \(error.localizedDescription)")
        }
        let state = Shared()
        let pid = process.processIdentifier
        let relayed = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            Self.relay(messages.fileHandleForReading, into: state)
            relayed.signal()
        }
        // Ctrl-C or a TERM: SIGHUP makes salloc withdraw a pending request or release the
        // allocation at once, without waiting for the script.
        let signals = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let running = state.withLock { state in
                    state.interrupted = !state.finished
                    return state.interrupted
                }
                if running { kill(pid, SIGHUP) }
            }
            source.resume()
            return source
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(waitFor)) {
            let waiting = state.withLock { state in
                state.timedOut = !state.granted && !state.finished
                return state.timedOut
            }
            if waiting { kill(pid, SIGHUP) }
        }
        process.waitUntilExit()
        state.withLock { $0.finished = true }
        relayed.wait()
        signals.forEach { $0.cancel() }
        let outcome = state.withLock { $0 }
        if outcome.interrupted || outcome.timedOut, let job = outcome.jobID { Self.cancel(job) }
        if outcome.interrupted {
            Console.note("interrupted: the allocation\(outcome.jobID.map { " (job \($0))" } ?? "") was released")
            return 130
        }
        if outcome.timedOut {
            throw Failure(
                message:
                    "no allocation within \(waitFor) s (--wait-for); the request\(outcome.jobID.map { " (job \($0))" } ?? "") was withdrawn; try again later, with --scale-down, or with a longer --wait-for",
                code: 75)
        }
        guard outcome.granted else {
            throw Failure(
                message: "salloc did not grant the allocation (exit \(process.terminationStatus); its message is above); nothing ran",
                code: 69)
        }
        return process.terminationStatus
    }

    /// Passes everything on to standard error as it arrives, reading salloc's own lines.
    private static func relay(_ handle: FileHandle, into state: Shared) {
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            FileHandle.standardError.write(chunk)
            state.withLock { state in
                guard !state.granted else { return }
                state.line.append(chunk)
                while let newline = state.line.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: state.line[..<newline], as: UTF8.self)
                    state.line.removeSubrange(...newline)
                    note(line, in: &state)
                }
            }
        }
    }

    /// salloc says "Pending job allocation N", "job N queued and waiting for resources" and
    /// "Granted job allocation N".
    private static func note(_ line: String, in state: inout State) {
        let words = line.split(separator: " ")
        guard words.first == "salloc:", let last = words.last, last.allSatisfy(\.isNumber) else {
            if words.first == "salloc:", words.count > 2, words[1] == "job", words[2].allSatisfy(\.isNumber) {
                state.jobID = state.jobID ?? String(words[2])
            }
            return
        }
        if line.contains("Granted job allocation") {
            state.granted = true
            state.jobID = String(last)
        } else if line.contains("Pending job allocation") {
            state.jobID = String(last)
        }
    }

    /// Makes sure a job jobgen gave up on is gone (salloc has already been told to withdraw it).
    private static func cancel(_ job: String) {
        guard let scancel = SbatchSubmission.executable(named: "scancel") else { return }
        _ = TimedProcess.output(of: scancel, [job], seconds: 10)
    }
}
