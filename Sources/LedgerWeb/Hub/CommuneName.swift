/// A commune as the pages across communes name it: its id in the hub and its name.
struct CommuneName: Sendable {
  var id: String
  var name: String
}
