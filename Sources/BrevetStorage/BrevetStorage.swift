// Placeholder: this module's code lands here.
