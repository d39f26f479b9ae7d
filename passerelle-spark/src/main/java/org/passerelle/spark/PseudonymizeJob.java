package org.passerelle.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;
import org.passerelle.detect.Detector;
import org.passerelle.pseudo.Pseudonymizer;
import org.passerelle.pseudo.TablePseudonymizer;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Spark job that pseudonymises, with Passerelle's core detector and keyed pseudonyms, either a
 * corpus of notes (a folder of text files: each output file has the same relative path and the same
 * content as {@code passerelle pseudonymize} writes) or a large CSV table (column rules as the
 * command line's: the same pseudonyms, date shifts, bands and départements). The key is read once
 * on the driver (a local or HDFS path) and broadcast; it is never printed. Reports counts only.
 *
 * <pre>
 * spark-submit --class org.passerelle.spark.PseudonymizeJob passerelle-spark.jar \
 *   --notes hdfs:///data/notes --output hdfs:///data/notes-pseudo --key-file hdfs:///keys/study.key
 * spark-submit ... --table hdfs:///data/sejours.csv --sep ';' --id ipp --date date_entree --text note ...
 * </pre>
 */
public final class PseudonymizeJob {

    private PseudonymizeJob() {
    }

    /** What ran: notes or rows, and counts per label (notes) or per column (tables). Never values. */
    public record Summary(long records, Map<String, Long> changed) {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("passerelle-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("passerelle-pseudonymize").getOrCreate();
        try {
            Summary summary = run(spark, options);
            System.out.println(summary.records() + (options.notes() != null ? " note(s)" : " row(s)")
                    + " pseudonymised into " + options.output() + "; changed: " + summary.changed());
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, JobOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        byte[] key = readKey(options.keyFile(), context.hadoopConfiguration());
        Broadcast<byte[]> shared = context.broadcast(key);
        return options.notes() != null ? notes(context, options, shared) : table(spark, options, shared);
    }

    // ---- a corpus of notes

    private static Summary notes(JavaSparkContext context, JobOptions options, Broadcast<byte[]> key) {
        Configuration configuration = context.hadoopConfiguration();
        String root = qualified(options.notes(), configuration);
        String output = qualified(options.output(), configuration);
        // A corpus is a folder tree, as the command line reads it.
        configuration.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaPairRDD<String, String> files = context.wholeTextFiles(options.notes());
        Map<String, Long> totals = files.mapPartitions((Iterator<Tuple2<String, String>> partition) -> {
            Pseudonymizer pseudonymizer = new Pseudonymizer(Detector.withDefaults(), key.value());
            Map<String, Long> counts = new HashMap<>();
            FileSystem fs = null;
            while (partition.hasNext()) {
                Tuple2<String, String> file = partition.next();
                String relative = relative(root, file._1());
                Pseudonymizer.Result result = pseudonymizer.pseudonymize(file._2());
                Path target = new Path(output + "/" + relative);
                if (fs == null) {
                    fs = FileSystem.get(URI.create(output), new Configuration());
                }
                try (FSDataOutputStream out = fs.create(target, true)) {
                    out.write(result.text().getBytes(StandardCharsets.UTF_8));
                }
                counts.merge("notes", 1L, Long::sum);
                result.replaced().forEach((label, count) -> counts.merge(label.name(), (long) count, Long::sum));
            }
            return List.of(counts).iterator();
        }).fold(new HashMap<>(), PseudonymizeJob::merge);
        long notes = totals.getOrDefault("notes", 0L);
        Map<String, Long> changed = new TreeMap<>(totals);
        changed.remove("notes");
        return new Summary(notes, changed);
    }

    // ---- a table

    private static Summary table(SparkSession spark, JobOptions options, Broadcast<byte[]> key) {
        Dataset<Row> input = spark.read().option("header", true).option("sep", options.separator())
                .option("multiLine", true).option("escape", "\"").option("inferSchema", false).csv(options.table());
        List<String> header = List.of(input.columns());
        Map<String, TablePseudonymizer.Rule> rules = new LinkedHashMap<>(options.rules());
        for (String column : rules.keySet()) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("no column is named '" + column + "'");
            }
        }
        if (options.person() != null && !header.contains(options.person())) {
            throw new IllegalArgumentException("no column is named '" + options.person() + "'");
        }
        List<String> kept = header.stream().filter(c -> rules.getOrDefault(c, TablePseudonymizer.Rule.KEEP)
                != TablePseudonymizer.Rule.DROP).toList();
        Map<String, LongAccumulator> changed = new LinkedHashMap<>();
        for (String column : kept) {
            changed.put(column, spark.sparkContext().longAccumulator("changed:" + column));
        }
        String person = options.person();
        JavaRDD<Row> rows = input.javaRDD().mapPartitions((Iterator<Row> partition) -> {
            Pseudonymizer pseudonymizer = new Pseudonymizer(Detector.withDefaults(), key.value());
            TablePseudonymizer tables = new TablePseudonymizer(pseudonymizer, key.value());
            List<String[]> batch = new ArrayList<>();
            partition.forEachRemaining(row -> {
                String[] cells = new String[header.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = row.isNullAt(c) ? "" : row.getString(c);
                }
                batch.add(cells);
            });
            TablePseudonymizer.Result result = tables.pseudonymize(header, batch, rules, person);
            result.changed().forEach((column, count) -> changed.get(column).add(count));
            List<Row> out = new ArrayList<>(result.rows().size());
            for (String[] cells : result.rows()) {
                out.add(RowFactory.create((Object[]) cells));
            }
            return out.iterator();
        });
        List<StructField> fields = kept.stream().map(c -> DataTypes.createStructField(c, DataTypes.StringType, true)).toList();
        Dataset<Row> output = spark.createDataFrame(rows, DataTypes.createStructType(fields));
        output.write().option("header", true).option("sep", options.separator()).option("emptyValue", "")
                .option("escape", "\"").mode("errorifexists").csv(options.output());
        long records = spark.read().option("header", true).option("sep", options.separator()).option("multiLine", true)
                .option("escape", "\"").csv(options.output()).count();
        Map<String, Long> counts = new TreeMap<>();
        changed.forEach((column, accumulator) -> {
            if (accumulator.value() > 0) {
                counts.put(column, accumulator.value());
            }
        });
        return new Summary(records, counts);
    }

    // ---- helpers

    /** The key, 32 bytes at least, from a local or Hadoop path. */
    static byte[] readKey(String keyFile, Configuration configuration) {
        try {
            Path path = new Path(keyFile);
            FileSystem fs = path.getFileSystem(configuration);
            if (!fs.exists(path)) {
                throw new IllegalArgumentException(keyFile + ": no such key file");
            }
            byte[] key;
            try (InputStream in = fs.open(path)) {
                key = in.readNBytes(1024);
            }
            if (key.length < Pseudonymizer.MIN_KEY_BYTES) {
                throw new IllegalArgumentException(keyFile + " holds " + key.length + " bytes; a key has "
                        + Pseudonymizer.MIN_KEY_BYTES + " at least (create one with passerelle pseudonymize --new-key)");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(keyFile + ": cannot be read", e);
        }
    }

    private static String qualified(String location, Configuration configuration) {
        try {
            Path path = new Path(location);
            return path.getFileSystem(configuration).makeQualified(path).toString().replaceAll("/+$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(location + ": cannot be resolved", e);
        }
    }

    /** A file's path below the corpus's root (file:/x/notes/2026/a.txt below file:/x/notes is 2026/a.txt). */
    static String relative(String root, String file) {
        String plainRoot = URI.create(root).getPath();
        String plainFile = URI.create(file).getPath();
        if (!plainFile.startsWith(plainRoot + "/")) {
            throw new IllegalStateException("a note outside the corpus's root");
        }
        return plainFile.substring(plainRoot.length() + 1);
    }

    private static Map<String, Long> merge(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> merged = new HashMap<>(a);
        b.forEach((k, v) -> merged.merge(k, v, Long::sum));
        return merged;
    }
}
