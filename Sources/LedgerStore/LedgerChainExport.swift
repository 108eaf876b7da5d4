/// The hash chain and the events-file reader live in `LedgerChain`, shared with the hub; the
/// store's users see them through the store, as before.
@_exported import LedgerChain
