using Library.Languages;
using Library.Letters;
using Microsoft.EntityFrameworkCore;

namespace Library.Persistence;

/// <summary>The letter administrator's work: edited templates and the letters switched on or off.</summary>
internal static class LettersModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<LetterTemplate>(e =>
        {
            e.ToTable("letter_templates");
            e.HasKey(t => new { t.Code, t.Language });
            e.Property(t => t.Code).HasMaxLength(100);
            e.Property(t => t.Language).HasMaxLength(5).HasConversion(l => LanguageCodes.Code(l), code => LanguageCodes.Parse(code));
            e.Property(t => t.Subject).HasMaxLength(LetterTemplate.MaxSubjectLength);
            e.Property(t => t.Body).HasMaxLength(LetterTemplate.MaxBodyLength);
            e.Property(t => t.UpdatedBy).HasMaxLength(256);
        });

        model.Entity<LetterSwitch>(e =>
        {
            e.ToTable("letter_switches");
            e.HasKey(s => s.Code);
            e.Property(s => s.Code).HasMaxLength(100);
            e.Property(s => s.UpdatedBy).HasMaxLength(256);
        });
    }
}
