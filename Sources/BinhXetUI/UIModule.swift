public enum UIModule {}
