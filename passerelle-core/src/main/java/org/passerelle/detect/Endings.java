package org.passerelle.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of word endings (lower case), looked up from a word's last letter backwards: a trie of
 * the endings reversed, so that a word is read for as many letters as it shares with some ending,
 * rather than compared with each ending in turn (a French word ending in "e" against the two
 * dozen clinical endings that do). Immutable.
 */
final class Endings {

    /** For each node, the letters that lead to its children, and those children. Node 0 is the word's end. */
    private final char[][] letters;
    private final int[][] children;
    /** Whether an ending is complete at a node. */
    private final boolean[] complete;

    Endings(String... endings) {
        List<StringBuilder> nodeLetters = new ArrayList<>();
        List<List<Integer>> nodeChildren = new ArrayList<>();
        List<Boolean> nodeComplete = new ArrayList<>();
        nodeLetters.add(new StringBuilder());
        nodeChildren.add(new ArrayList<>());
        nodeComplete.add(false);
        for (String ending : endings) {
            int node = 0;
            for (int i = ending.length() - 1; i >= 0; i--) {
                char c = ending.charAt(i);
                int at = nodeLetters.get(node).indexOf(String.valueOf(c));
                if (at < 0) {
                    nodeLetters.get(node).append(c);
                    nodeChildren.get(node).add(nodeLetters.size());
                    nodeLetters.add(new StringBuilder());
                    nodeChildren.add(new ArrayList<>());
                    nodeComplete.add(false);
                    at = nodeLetters.get(node).length() - 1;
                }
                node = nodeChildren.get(node).get(at);
            }
            nodeComplete.set(node, true);
        }
        letters = new char[nodeLetters.size()][];
        children = new int[nodeLetters.size()][];
        complete = new boolean[nodeLetters.size()];
        for (int node = 0; node < letters.length; node++) {
            letters[node] = nodeLetters.get(node).toString().toCharArray();
            children[node] = nodeChildren.get(node).stream().mapToInt(Integer::intValue).toArray();
            complete[node] = nodeComplete.get(node);
        }
    }

    /** Whether the document's distinct word {@code id} ends with one of the endings. */
    boolean endOf(Document document, int id) {
        int node = 0;
        for (int i = document.wordLength(id) - 1; !complete[node]; i--) {
            if (i < 0) {
                return false;
            }
            node = child(node, document.wordChar(id, i));
            if (node < 0) {
                return false;
            }
        }
        return true;
    }

    private int child(int node, char c) {
        char[] next = letters[node];
        for (int k = 0; k < next.length; k++) {
            if (next[k] == c) {
                return children[node][k];
            }
        }
        return -1;
    }
}
