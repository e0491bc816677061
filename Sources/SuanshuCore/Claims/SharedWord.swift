import Synchronization

/// A short word a claim holds by the million and few distinct ones exist of: a unit code
/// (亿元 → CNY), a basis (yoy), the name of the rule that decided its kind. Each distinct word
/// is stored once for the process and a claim holds its number: 4 bytes, not a String's 16.
struct SharedWord: Hashable, Sendable {
    private let number: UInt32

    init(_ word: String) { number = SharedWords.shared.number(of: word) }

    /// The word (equal words have equal numbers, so `==` compares numbers, not strings).
    var string: String { SharedWords.shared.word(number) }
}

/// A shared word or none, in 4 bytes (an optional `SharedWord` takes 5, and 8 in a claim's
/// fields once aligned).
struct OptionalSharedWord: Hashable, Sendable {
    private static let none = UInt32.max
    private let number: UInt32

    init(_ word: String?) { number = word.map { SharedWords.shared.number(of: $0) } ?? Self.none }

    var string: String? { number == Self.none ? nil : SharedWords.shared.word(number) }
}

/// The words of `SharedWord`, numbered in the order first met. Read without a lock: a word's
/// slot is written once, before its number is handed out, and never moved (the slots are
/// chunks allocated once, reached through a fixed table of chunk pointers).
// Sendable by hand: slots are written under `numbers`' lock, each once, before their number
// is published; readers only read slots whose number they were given.
final class SharedWords: @unchecked Sendable {
    static let shared = SharedWords()

    private static let chunkSize = 1024
    private static let chunkCount = 4096

    private let numbers = Mutex<[String: UInt32]>([:])
    private let chunks: UnsafeMutablePointer<UnsafeMutablePointer<String>?>

    private init() {
        chunks = .allocate(capacity: Self.chunkCount)
        chunks.initialize(repeating: nil, count: Self.chunkCount)
    }

    func number(of word: String) -> UInt32 {
        numbers.withLock { numbers in
            if let known = numbers[word] { return known }
            let number = UInt32(numbers.count)
            let (chunk, slot) = (Int(number) / Self.chunkSize, Int(number) % Self.chunkSize)
            // More distinct words than the table holds (4 million) is no text's: a grammar
            // makes a few hundred.
            precondition(chunk < Self.chunkCount, "too many distinct units, bases and rule names")
            if chunks[chunk] == nil {
                let new = UnsafeMutablePointer<String>.allocate(capacity: Self.chunkSize)
                new.initialize(repeating: "", count: Self.chunkSize)
                chunks[chunk] = new
            }
            chunks[chunk]![slot] = word
            numbers[word] = number
            return number
        }
    }

    func word(_ number: UInt32) -> String {
        chunks[Int(number) / Self.chunkSize]![Int(number) % Self.chunkSize]
    }
}
