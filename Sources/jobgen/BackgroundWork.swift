import Dispatch
import Synchronization

/// Work started on another thread now and waited for later: reading a cluster profile while the
/// scripts are read and the option table is built, on a machine with cores to spare.
final class BackgroundWork<Value: Sendable, Failure: Error>: Sendable {
    private let result = Mutex<Result<Value, Failure>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global().async {
            let outcome: Result<Value, Failure>
            do throws(Failure) { outcome = .success(try work()) } catch { outcome = .failure(error) }
            self.result.withLock { $0 = outcome }
            self.done.signal()
        }
    }

    /// The value, once the work has finished; its error when it threw one.
    func value() throws(Failure) -> Value {
        done.wait()
        done.signal()
        return try result.withLock { $0! }.get()
    }
}
