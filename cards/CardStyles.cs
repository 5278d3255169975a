namespace ChatAssistant.Cards;

// Enums rather than free strings so a misspelt style cannot reach Teams; names match the schema's values in camelCase.

public enum TextWeight { Default, Lighter, Bolder }

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum ActionStyle { Default, Positive, Destructive }

public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }
