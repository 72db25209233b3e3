namespace Contradictions.Serialization;

/// <summary>Where the problems of one file go while it is read: each gets the file's name and, within a claim, its id.</summary>
internal sealed class LoadErrors(string file, List<ClaimSetError> list)
{
    public string File { get; } = file;

    public List<ClaimSetError> List { get; } = list;

    public int Count => List.Count;

    /// <summary>Gets or sets the id of the claim being read, given to every problem reported meanwhile.</summary>
    public string? ClaimId { get; set; }

    public void Add(string path, string code, string message) => List.Add(new ClaimSetError(File, path, code, message) { ClaimId = ClaimId });

    /// <summary>Gives the problems reported since <paramref name="start"/> the claim id learnt after them.</summary>
    public void TagSince(int start, string? claimId)
    {
        for (var i = start; claimId is not null && i < List.Count; i++)
        {
            List[i] = new ClaimSetError(List[i].File, List[i].Path, List[i].Code, List[i].Message) { ClaimId = claimId };
        }
    }
}
