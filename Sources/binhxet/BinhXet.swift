import ArgumentParser
import BinhXetCore

@main
struct BinhXet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "binhxet", abstract: "Review desk for emulation-and-commendation councils.")
}
