/// The node objects of one graph of a ``NodeMap``, in first-seen order.
struct NodeMapGraph {
    /// ``NodeMap/defaultGraph`` or the identifier of the node that names the graph.
    let name: String
    private(set) var nodes: [NodeMapNode] = []
    private var nodeIndex: [String: Int] = [:]

    init(name: String) {
        self.name = name
        nodes.reserveCapacity(16)
        nodeIndex.reserveCapacity(16)
    }

    /// The position of the node `id`, created (with just its `@id`) when it is new.
    mutating func node(_ id: String) -> Int {
        if let i = nodeIndex[id] { return i }
        nodes.append(NodeMapNode(id: id))
        nodeIndex[id] = nodes.count - 1
        return nodes.count - 1
    }

    subscript(node: Int) -> NodeMapNode {
        get { nodes[node] }
        _modify { yield &nodes[node] }
    }
}
