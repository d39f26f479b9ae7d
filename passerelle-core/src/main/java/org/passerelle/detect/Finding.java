package org.passerelle.detect;

/**
 * One sensitive span found in a text.
 *
 * @param label       what it is
 * @param start       first UTF-16 index (inclusive)
 * @param end         last UTF-16 index (exclusive)
 * @param score       confidence in [0, 1]
 * @param explanation why it was reported; never contains the matched text
 */
public record Finding(Label label, int start, int end, double score, Explanation explanation) {

    public Finding {
        if (label == null || explanation == null) {
            throw new IllegalArgumentException("label and explanation are required");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean overlaps(Finding other) {
        return overlaps(other.start, other.end);
    }
}
