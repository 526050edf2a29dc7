package io.newsetl.enrich.entities.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sparse on-disk form of feature weights: per kept feature its name and its non-negligible
 * (label, weight) pairs, weights rounded to 1/{@value #SCALE} and stored as shorts.
 */
final class ModelWeights {

  private static final float SCALE = 256f;

  private ModelWeights() {}

  static void write(
      DataOutputStream out, Map<String, Integer> features, float[] weights, float minWeight)
      throws IOException {
    int t = NameLabels.COUNT;
    int kept = 0;
    for (int id : features.values()) {
      kept += nonZero(weights, id, minWeight) > 0 ? 1 : 0;
    }
    out.writeInt(kept);
    for (Map.Entry<String, Integer> e : new TreeMap<>(features).entrySet()) {
      int id = e.getValue();
      int n = nonZero(weights, id, minWeight);
      if (n == 0) {
        continue;
      }
      out.writeUTF(e.getKey());
      out.writeByte(n);
      for (int l = 0; l < t; l++) {
        float w = weights[id * t + l];
        if (Math.abs(w) >= minWeight) {
          out.writeByte(l);
          out.writeShort(
              Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(w * SCALE))));
        }
      }
    }
  }

  static float[] read(DataInputStream in, Map<String, Integer> features) throws IOException {
    int t = NameLabels.COUNT;
    int count = in.readInt();
    float[] weights = new float[count * t];
    for (int id = 0; id < count; id++) {
      features.put(in.readUTF(), id);
      int n = in.readUnsignedByte();
      for (int k = 0; k < n; k++) {
        int label = in.readUnsignedByte();
        weights[id * t + label] = in.readShort() / SCALE;
      }
    }
    return weights;
  }

  private static int nonZero(float[] weights, int id, float minWeight) {
    int n = 0;
    for (int l = 0; l < NameLabels.COUNT; l++) {
      n += Math.abs(weights[id * NameLabels.COUNT + l]) >= minWeight ? 1 : 0;
    }
    return n;
  }
}
