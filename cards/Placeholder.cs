namespace ChatAssistant.Cards; public static class Placeholder {}
