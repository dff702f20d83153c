/// A fingerprint index kept outside the archive's memory (the desk's stored index), read hash by hash:
/// a check then costs the postings of its own shingles, not a load of the whole index.
///
/// The archive asks `prefetch` with every index shingle of a text before it reads their document
/// frequencies and postings, so a store can fetch them in one pass.
public protocol FingerprintSource: Sendable {
    /// Number of documents indexed.
    var documentCount: Int { get }
    /// Makes the entries of these hashes ready for `documentFrequency` and `postings`.
    func prefetch(_ hashes: [UInt64])
    /// Number of indexed documents whose fingerprints include `hash`.
    func documentFrequency(_ hash: UInt64) -> Int
    /// Calls `body` with the postings of `hash` (document slot, token position), the postings of one
    /// document next to each other.
    func forEachPosting(_ hash: UInt64, _ body: (_ document: Int32, _ position: Int32) -> Void)
    /// The document indexed in `slot`.
    func document(slot: Int32) -> DocumentInfo?
    /// The slot of the document with this id; nil when it is not indexed.
    func slot(of id: String) -> Int32?
}
