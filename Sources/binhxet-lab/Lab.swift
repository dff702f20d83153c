import ArgumentParser
@main struct Lab: ParsableCommand {}
