/// Where the lines of a text start (in scalars), for lines and columns from 1.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ text: DecodedText) {
        var scalar = 0
        var i = 0
        let units = text.utf16
        while i < units.count {
            let unit = units[i]
            let pair = unit & 0xFC00 == 0xD800 && i + 1 < units.count
            i += pair ? 2 : 1
            scalar += 1
            if unit == 0x0A || (unit == 0x0D && (i >= units.count || units[i] != 0x0A)) { starts.append(scalar) }
        }
    }

    func lineColumn(_ offset: Int) -> (Int, Int) {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return (low, offset - starts[low - 1] + 1)
    }
}
