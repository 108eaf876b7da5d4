import Foundation
import LedgerCore
import Testing

@Suite("Whose records: an audit's actor filter")
struct ActorMatchTests {
  @Test("A name finds what its person recorded by hand and through any web account of theirs")
  func nameFindsBoth() {
    let binh = ActorMatch("Trần Thị Bình")
    #expect(binh.matches("Trần Thị Bình"))
    #expect(binh.matches("Trần Thị Bình (web: binh.tt)"))
    #expect(binh.matches("TRẦN THỊ BÌNH (web: tt.binh2)"))
    #expect(!binh.matches("Trần Thị Bình An"))
    #expect(!binh.matches("Phạm Thị Dung (web: binh.tt.old)"))
  }

  @Test("A username finds only that account's records; the whole web actor finds itself")
  func usernameAndWholeActor() {
    #expect(ActorMatch("binh.tt").matches("Trần Thị Bình (web: binh.tt)"))
    #expect(!ActorMatch("binh.tt").matches("Trần Thị Bình"))
    #expect(!ActorMatch("binh.tt").matches("Trần Thị Bình (web: binh.tt2)"))
    #expect(ActorMatch("Trần Thị Bình (web: binh.tt)").matches("Trần Thị Bình (web: binh.tt)"))
    #expect(!ActorMatch("Trần Thị Bình (web: binh.tt)").matches("Trần Thị Bình"))
  }

  @Test("Unmarked, decomposed and old-style tone marks match as names do elsewhere")
  func vietnameseMatching() {
    let decomposed = "Nguyễn Văn Hoà".decomposedStringWithCanonicalMapping
    #expect(ActorMatch("nguyen van hoa").matches("Nguyễn Văn Hòa (web: hoa.nv)"))
    #expect(ActorMatch(decomposed).matches("Nguyễn Văn Hòa"))
  }
}
